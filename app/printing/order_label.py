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

from collections.abc import Iterator
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
    delivery_note_text,
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


def place(texts: list[Text], width: float, scale: float = 1.0,
          one_line: float = 0.85) -> list[Placed]:
    """The texts at ``scale`` of their sizes, one under another. A text that fits its line
    at ``one_line`` of that size shrinks to one line; a longer one wraps (a word is broken
    only where it alone is wider than the column)."""
    placed = []
    for t in texts:
        if not t.value:
            continue
        size = max(round(t.size * scale * 2) / 2, 4)
        single = layout.fit_size(t.value, t.font, width, size)
        if single >= max(size * one_line, 4):
            placed.append(Placed((t.value,), t.font, single, t.grey))
        else:
            placed.append(Placed(tuple(layout.wrap(t.value, t.font, size, width)), t.font,
                                 size, t.grey))
    return placed


def scales() -> Iterator[float]:
    """From full size down to a third: below that a label is the wrong place for a text,
    and the caller refuses it rather than cut it."""
    for step in range(14):
        yield 1 - step * 0.05


def fit(texts: list[Text], width: float, height: float) -> list[Placed]:
    """:func:`place` at the largest scale that fits ``height``."""
    for scale in scales():
        placed = place(texts, width, scale)
        if stacked_height(placed) <= height:
            return placed
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
    if not lines:
        raise ValueError(f"order {paper.number} has no address to print")
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


@dataclass(frozen=True)
class SmallPlan:
    address: list[Placed]
    column: list[Placed]  # beside the bars: the number, the phone, the sender
    column_width: float
    bars: float


#: The small label's bars keep at least this height: the address shrinks first.
SMALL_BARS = 8 * mm


def plan_small(paper: OrderPaper) -> SmallPlan:
    """The address block over the whole width, the bars under it with the number, the
    phone and the sender beside them. The address and the number come first: they shrink
    together, and only as far as the sender needs to fit at four points or more."""
    width, height = SIZES[LabelRoll.SMALL]
    side, top = MARGINS[LabelRoll.SMALL]
    inner_w, inner_h = width - 2 * side, height - 2 * top
    column_w = inner_w - layout.barcode_width(paper.number, 2 * DOT)
    address_texts = _address(paper, 10, 8.5, 9, None)
    first = [Text(paper.number, BOLD, 10), Text(phone_line(paper.deliver_to()), FONT, 7)]
    sender = [Text(sender_line(paper.depot), FONT, 6.5, grey=True)]
    for scale in scales():
        # Room is scarce in height: a line shrinks to 70 % before it takes two.
        address = place(address_texts, inner_w, scale, one_line=0.7)
        column = place(first, column_w, scale, one_line=0.7)
        room = inner_h - stacked_height(address) - GAP
        if room < max(SMALL_BARS, stacked_height(column)):
            continue
        for sender_scale in (s for s in scales() if 6.5 * s >= 4):
            below = place(sender, column_w, sender_scale)
            if stacked_height([*column, *below]) <= room:
                return SmallPlan(address, [*column, *below], column_w, min(MAX_BARS, room))
    raise ValueError("the address does not fit the label")


def _small(canvas: Canvas, paper: OrderPaper) -> None:
    width, height = SIZES[LabelRoll.SMALL]
    side, top = MARGINS[LabelRoll.SMALL]
    plan = plan_small(paper)
    draw_stack(canvas, plan.address, side, height - top)
    _bars(canvas, paper.number, side, top, plan.bars, 2 * DOT)
    draw_stack(canvas, plan.column, width - side - plan.column_width, top + plan.bars)


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
                  Text(delivery_note_text(paper), FONT, 8.5)], column_w, 16 * mm)
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
