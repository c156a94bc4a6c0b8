"""The staff card: ID-1 size (85.6 × 54 mm, a badge holder's or a card printer's), with
the holder's name and staff number and the card code as Code 128, drawn as vectors so it
scans back from a 203 dpi print. Scanning it at any counter signs the holder in."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from app.printing import layout
from app.printing.barcodes import DOT, mm
from app.printing.layout import BOLD, FONT
from app.translation import printed

WIDTH, HEIGHT = 85.6 * mm, 54 * mm
SIDE, TOP = 4 * mm, 4 * mm
BAR_MODULES = (4 * DOT, 3 * DOT, 2 * DOT)


@dataclass(frozen=True)
class StaffCard:
    depot_name: str
    name: str
    number: str
    card_code: str


def render_staff_card(card: StaffCard) -> bytes:
    buffer = BytesIO()
    canvas = layout.pdf_canvas(buffer, (WIDTH, HEIGHT), printed("Staff card"))
    inner = WIDTH - 2 * SIDE
    top = HEIGHT - TOP
    canvas.setFillGray(layout.GREY)
    heading = " · ".join(part for part in (card.depot_name, printed("Staff card")) if part)
    layout.draw_lines(canvas, [heading], SIDE, top, BOLD, layout.fit_size(heading, BOLD,
                                                                           inner, 8))
    canvas.setFillGray(0)
    top -= layout.line_height(8) + 2 * mm
    size = layout.fit_size(card.name, BOLD, inner, 14)
    layout.draw_lines(canvas, [card.name], SIDE, top, BOLD, size)
    top -= layout.line_height(size)
    number = printed("Staff number {number}").format(number=card.number)
    layout.draw_lines(canvas, [number], SIDE, top, FONT, layout.fit_size(number, FONT, inner, 9))
    module = next(m for m in BAR_MODULES if layout.barcode_width(card.card_code, m) <= inner)
    code = layout.barcode(card.card_code, inner, module, bar_height=14 * mm, size=9)
    code.draw(canvas, SIDE, TOP + code.height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
