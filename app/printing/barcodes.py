"""Barcodes drawn as vectors, so they stay sharp on any printer.

Code 128 is encoded by python-barcode (its bar pattern), GS1 DataMatrix by zxing-cpp
(its module grid); here both become filled rectangles on a reportlab canvas, never a
scaled picture. A 203 dpi thermal printer has dots of 0.125 mm: module sizes are chosen
as whole numbers of dots so no bar is rounded thinner than its neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import barcode
import zxingcpp
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

#: One dot of a 203 dpi printer, in points.
DOT = 72 / 203


@lru_cache(maxsize=256)
def code128_pattern(value: str) -> str:
    """'1' for a bar module, '0' for a space, start to stop, without quiet zones."""
    return barcode.get("code128", value).build()[0]


def code128_width(value: str, module: float = 2 * DOT) -> float:
    """The width of the bars alone, in points; leave 10 modules of quiet zone each side."""
    return len(code128_pattern(value)) * module


def draw_code128(canvas: Canvas, value: str, x: float, y: float, height: float,
                 module: float = 2 * DOT) -> float:
    """Bars of ``value`` with their lower left corner at (x, y); returns their width."""
    pattern = code128_pattern(value)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    start = None
    for i, bit in enumerate(pattern + "0"):
        if bit == "1" and start is None:
            start = i
        elif bit == "0" and start is not None:
            canvas.rect(x + start * module, y, (i - start) * module, height, stroke=0, fill=1)
            start = None
    canvas.restoreState()
    return len(pattern) * module


@dataclass(frozen=True)
class Matrix:
    """A 2D symbol: ``size`` modules square (or ``columns`` × ``rows``), and its dark
    rectangles as (x, y, width, height) in modules from the top left."""

    columns: int
    rows: int
    rects: tuple[tuple[int, int, int, int], ...]


_SVG_SIZE = re.compile(r'<svg width="(\d+)" height="(\d+)"')
_SVG_RECT = re.compile(r"M(\d+) (\d+)h(\d+)v(\d+)h-\d+Z")


@lru_cache(maxsize=256)
def gs1_datamatrix(hri: str) -> Matrix:
    """A GS1 DataMatrix (FNC1 first, read back as ]d2) of a UDI written ``(01)…(21)…``."""
    symbol = zxingcpp.create_barcode(hri, zxingcpp.BarcodeFormat.DataMatrix, gs1=True)
    svg = symbol.to_svg()
    size = _SVG_SIZE.search(svg)
    if size is None:
        raise ValueError("the DataMatrix could not be drawn")
    rects = tuple((int(x), int(y), int(w), int(h)) for x, y, w, h in _SVG_RECT.findall(svg))
    return Matrix(int(size.group(1)), int(size.group(2)), rects)


def draw_datamatrix(canvas: Canvas, hri: str, x: float, y: float,
                    module: float = 3 * DOT) -> float:
    """The symbol with its lower left corner at (x, y); returns its side in points.
    Leave one module of quiet zone around it."""
    matrix = gs1_datamatrix(hri)
    top = y + matrix.rows * module
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for left, down, width, height in matrix.rects:
        canvas.rect(x + left * module, top - (down + height) * module, width * module,
                    height * module, stroke=0, fill=1)
    canvas.restoreState()
    return matrix.columns * module


__all__ = ["DOT", "code128_pattern", "code128_width", "draw_code128", "draw_datamatrix",
           "gs1_datamatrix", "mm"]
