"""Demo partners and resources."""


def build(stdout=None) -> None:
    pass
