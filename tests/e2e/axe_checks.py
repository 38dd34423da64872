"""axe-core in the page (bundled by axe-playwright-python): WCAG 2.2 A and AA, and best practices."""

from axe_playwright_python.sync_playwright import Axe

RULE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
AXE = Axe()


def axe_violations(page, *, exclude=(), disable=()) -> list[str]:
    """One line per rule broken on the page: the rule, its impact and up to three elements.

    `exclude` (CSS selectors) and `disable` (rule ids) are for Wagtail's own admin widgets only;
    their callers say why.
    """
    options = {
        "runOnly": {"type": "tag", "values": RULE_TAGS},
        "resultTypes": ["violations"],
        "rules": {rule: {"enabled": False} for rule in disable},
    }
    context = {"include": [["body"]], "exclude": [[selector] for selector in exclude]}
    results = AXE.run(page, context=context, options=options)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        for violation in results.response["violations"]
    ]
