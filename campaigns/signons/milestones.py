"""The goal a petition shows once it nears its target."""

MILESTONE_THRESHOLD = 0.9


def next_milestone(count: int, goal: int) -> int:
    """Past 90% of the goal, step up to the next round milestone that is still ahead."""
    if goal <= 0:
        return goal
    shown = goal
    while count >= shown * MILESTONE_THRESHOLD:
        shown = _step_up(shown)
    return shown


def _step_up(goal: int) -> int:
    # 1,000 → 2,500 → 5,000 → 10,000 → 25,000 …: the 1–2.5–5 series reads naturally as a target.
    magnitude = 1
    while magnitude * 10 <= goal:
        magnitude *= 10
    for multiple in (1, 2.5, 5, 10):
        candidate = int(magnitude * multiple)
        if candidate > goal:
            return candidate
    return goal * 2
