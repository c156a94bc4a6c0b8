"""The address label of a consumables order, on either of the depot's two label rolls:
62 × 29 mm (the pump label's roll) and 100 × 50 mm, printed at 203 dpi.

Both carry the recipient's address block and the withdrawal number as Code 128. The small
label puts the number beside the bars, with the recipient's phone and the sender, so the
bars keep their height under a four-line address; the large one adds the sender's
address above and the delivery mode beside the bars. For a protected identity the address
block is the prescribing unit, "c/o" the prescriber, and the unit's address
(:meth:`OrderPaper.deliver_to`): never the patient.

As on the pump label, texts shrink (or wrap) to fit and are never cut; bar modules are
whole printer dots and the quiet zones stay clear.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from app.printing import layout
from app.printing.barcodes import DOT, draw_code128, mm
from app.printing.layout import BOLD, FONT, GREY
from app.printing.order_paper import (
    OrderPaper,
    address_lines,
    delivery_text,
    phone_line,
    sender_line,
)
from app.translation import printed


class LabelRoll(StrEnum):
    """The two label rolls the depot has."""

    SMALL = "62x29"
    LARGE = "100x50"


SIZES = {LabelRoll.SMALL: (62 * mm, 29 * mm), LabelRoll.LARGE: (100 * mm, 50 * mm)}
#: Label printers do not reach the die-cut edge.
MARGINS = {LabelRoll.SMALL: (2 * mm, 1.8 * mm), LabelRoll.LARGE: (3 * mm, 2.5 * mm)}
GAP = 1 * mm
#: Bars lower than this are hard to hit with a hand scanner's line; taller than the
#: maximum adds nothing.
MIN_BARS, MAX_BARS = 6 * mm, 14 * mm


@dataclass(frozen=True)
class Text:
    """A text to place: its largest size, before fitting."""

    value: str
    font: str
    size: float
    grey: bool = False


@dataclass(frozen=True)
class Placed:
    lines: tuple[str, ...]
    font: str
    size: float
    grey: bool

    @property
    def height(self) -> float:
        return layout.line_height(self.size, len(self.lines))


def fit(texts: list[Text], width: float, height: float) -> list[Placed]:
    """The texts one under another at the largest common scale that fits ``height``.

    A text that fits its line at 85 % of its size shrinks to one line; a longer one wraps
    (words broken only where a word alone is wider than the column). Raises ValueError if
    even a third of the sizes does not fit: the label is the wrong place for such a text."""
    texts = [t for t in texts if t.value]
    scale = 1.0
    while scale >= 0.33:
        placed = []
        for t in texts:
            size = max(round(t.size * scale * 2) / 2, 4)
            one_line = layout.fit_size(t.value, t.font, width, size)
            if one_line >= size * 0.85:
                placed.append(Placed((t.value,), t.font, one_line, t.grey))
            else:
                placed.append(Placed(tuple(layout.wrap(t.value, t.font, size, width)), t.font,
                                     size, t.grey))
        if stacked_height(placed) <= height:
            return placed
        scale -= 0.05
    raise ValueError("the texts do not fit the label")


def stacked_height(placed: list[Placed]) -> float:
    return sum(p.height for p in placed) + 0.4 * mm * max(len(placed) - 1, 0)


def draw_stack(canvas: Canvas, placed: list[Placed], x: float, top: float,
               width: float = 0, align: str = "left") -> None:
    for p in placed:
        canvas.setFillGray(GREY if p.grey else 0)
        layout.draw_lines(canvas, p.lines, x, top, p.font, p.size, width, align)
        top -= p.height + 0.4 * mm
    canvas.setFillGray(0)


def _address(paper: OrderPaper, name: float, body: float, town: float,
             phone: float | None) -> list[Text]:
    recipient = paper.deliver_to()
    lines = address_lines(recipient)
    texts = [Text(lines[0], BOLD, name)]
    for line in lines[1:]:
        texts.append(Text(line, BOLD if line == recipient.post_town else FONT,
                          town if line == recipient.post_town else body))
    if phone is not None:
        texts.append(Text(phone_line(recipient), FONT, phone))
    return texts


def render_order_label(paper: OrderPaper, roll: LabelRoll | str = LabelRoll.SMALL) -> bytes:
    roll = LabelRoll(roll)
    buffer = BytesIO()
    canvas = layout.pdf_canvas(buffer, SIZES[roll], printed("Address label"))
    (_small if roll is LabelRoll.SMALL else _large)(canvas, paper)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _bars(canvas: Canvas, number: str, x: float, bottom: float, height: float,
          module: float) -> None:
    """Code 128 with its left quiet zone starting at ``x`` (on a whole printer dot)."""
    left = round(x / DOT) * DOT + layout.QUIET_MODULES * module
    draw_code128(canvas, number, left, bottom, height, module)


def plan_small(paper: OrderPaper) -> tuple[list[Placed], list[Placed], float, float]:
    """(address, the column beside the bars, bars' height, the column's width)."""
    width, height = SIZES[LabelRoll.SMALL]
    side, top = MARGINS[LabelRoll.SMALL]
    inner_w, inner_h = width - 2 * side, height - 2 * top
    module = 2 * DOT
    column_w = inner_w - layout.barcode_width(paper.number, module)
    recipient = paper.deliver_to()
    number_size = layout.fit_size(paper.number, BOLD, column_w, 11)
    column = [Placed((paper.number,), BOLD, number_size, False),
              *fit([Text(phone_line(recipient), FONT, 7),
                    Text(sender_line(paper.depot), FONT, 6.5, grey=True)],
                   column_w, MAX_BARS - layout.line_height(number_size) - 0.4 * mm)]
    bottom = max(MIN_BARS, stacked_height(column))
    address = fit(_address(paper, 10, 8.5, 9, None), inner_w, inner_h - bottom - GAP)
    bars = min(MAX_BARS, inner_h - stacked_height(address) - GAP)
    return address, column, max(bars, stacked_height(column)), column_w


def _small(canvas: Canvas, paper: OrderPaper) -> None:
    width, height = SIZES[LabelRoll.SMALL]
    side, top = MARGINS[LabelRoll.SMALL]
    address, column, bars, column_w = plan_small(paper)
    draw_stack(canvas, address, side, height - top)
    _bars(canvas, paper.number, side, top, bars, 2 * DOT)
    draw_stack(canvas, column, width - side - column_w, top + bars)


@dataclass(frozen=True)
class LargePlan:
    head: list[Placed]  # the sender
    head_height: float  # with the rule under it
    address: list[Placed]
    column: list[Placed]  # beside the bars: the delivery
    column_width: float
    code_width: float
    bars: float
    module: float


def plan_large(paper: OrderPaper) -> LargePlan:
    width, height = SIZES[LabelRoll.LARGE]
    side, top = MARGINS[LabelRoll.LARGE]
    inner_w, inner_h = width - 2 * side, height - 2 * top
    module = 3 * DOT
    code_w = layout.barcode_width(paper.number, module)
    sender = ", ".join(part for part in (sender_line(paper.depot),
                                         ", ".join(paper.depot.address.splitlines())) if part)
    head = fit([Text(sender, FONT, 7.5, grey=True)], inner_w, layout.line_height(7.5, 2))
    head_h = stacked_height(head) + 2 * GAP  # a rule under it, in the middle of the gap
    column_w = inner_w - code_w
    column = fit([Text(delivery_text(paper), BOLD, 10),
                  Text(paper.delivery_note, FONT, 8.5)], column_w, 16 * mm)
    under = layout.barcode(paper.number, code_w, module, 0, size=11).height
    bottom = max(MIN_BARS + under, stacked_height(column))
    address = fit(_address(paper, 13, 10.5, 11.5, 9), inner_w,
                  inner_h - head_h - bottom - GAP)
    bars = min(MAX_BARS, inner_h - head_h - stacked_height(address) - GAP - under)
    return LargePlan(head, head_h, address, column, column_w, code_w, bars, module)


def _large(canvas: Canvas, paper: OrderPaper) -> None:
    width, height = SIZES[LabelRoll.LARGE]
    side, top = MARGINS[LabelRoll.LARGE]
    plan = plan_large(paper)
    y = height - top
    draw_stack(canvas, plan.head, side, y)
    y -= plan.head_height
    canvas.setLineWidth(0.5)
    canvas.line(side, y + GAP, width - side, y + GAP)
    draw_stack(canvas, plan.address, side, y)
    code = layout.barcode(paper.number, plan.code_width, plan.module, plan.bars, size=11,
                          align="left")
    code.draw(canvas, side, top + code.height)
    draw_stack(canvas, plan.column, width - side - plan.column_width, top + code.height)
