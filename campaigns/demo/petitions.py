"""Demo petitions."""


def build(stdout=None) -> None:
    pass
