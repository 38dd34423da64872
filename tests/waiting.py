"""Waiting, bounded, for something another process or thread does."""

import time


def wait_for(condition, seconds: float, every: float = 0.1) -> bool:
    """Whether `condition()` came true within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()
