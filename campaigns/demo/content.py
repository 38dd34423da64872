"""Demo content."""


def build(stdout=None) -> None:
    pass
