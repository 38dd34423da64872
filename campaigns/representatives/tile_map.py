"""A tile-grid map of the states, drawn on the server as SVG: one square per state, shaded by a
count. No geographic shapes and no script; the same figures go in a table beside it."""

import math
from dataclasses import dataclass

from .states import TILES, state_name

TILE = 40
GAP = 4
LEVELS = 5  # shades for counts above zero


@dataclass
class Tile:
    code: str
    name: str
    count: int
    level: int  # 0 for none, 1…LEVELS
    x: int
    y: int
    size: int = TILE

    @property
    def text_x(self) -> int:
        return self.x + self.size // 2

    @property
    def text_y(self) -> int:
        return self.y + self.size // 2 + 4


def shade(count: int, most: int) -> int:
    return 0 if count <= 0 or most <= 0 else max(1, math.ceil(count / most * LEVELS))


def tile_map(counts) -> dict:
    """Tiles and the drawing's size for a mapping of state code → count."""
    most = max(counts.values(), default=0)
    tiles = [
        Tile(
            code=code,
            name=state_name(code),
            count=counts.get(code, 0),
            level=shade(counts.get(code, 0), most),
            x=column * (TILE + GAP),
            y=row * (TILE + GAP),
        )
        for code, (column, row) in TILES.items()
    ]
    columns = max(column for column, _ in TILES.values()) + 1
    rows = max(row for _, row in TILES.values()) + 1
    return {
        "tiles": tiles,
        "width": columns * (TILE + GAP) - GAP,
        "height": rows * (TILE + GAP) - GAP,
        "levels": range(1, LEVELS + 1),
    }
