"""The pump's registration label: 62 × 29 mm, adhesive, printed at 203 dpi.

Left: the depot's name, the model, and the registration number as Code 128 with its
text. Right, when the pump has a UDI: the manufacturer's UDI as a GS1 DataMatrix, so one
label carries both codes a scanner may meet. Texts shrink to fit, never get cut; bar
modules stay whole printer dots and every symbol keeps its quiet zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO


from app.printing import layout
from app.printing.barcodes import DOT, draw_datamatrix, gs1_datamatrix, mm
from app.printing.layout import BOLD, FONT
from app.printing.model import PumpLabel
from app.translation import printed

WIDTH, HEIGHT = 62 * mm, 29 * mm
SIDE, TOP = 2 * mm, 1.8 * mm  # label printers do not reach the die-cut edge
COLUMN_GAP = 1.5 * mm
# Module sizes tried, largest first: bigger symbols scan from further away.
BAR_MODULES = (3 * DOT, 2 * DOT, DOT)
MATRIX_MODULES = (5 * DOT, 4 * DOT, 3 * DOT)
MAX_BARS = 12 * mm


@dataclass(frozen=True)
class _Plan:
    """Where everything goes, decided before drawing (and checked by the tests)."""

    column: float  # width of the left column
    bar_module: float
    matrix_module: float | None
    depot_size: float
    model_size: float
    model_lines: list[str]
    bar_height: float
    slack: float  # height left over, shared above and below so the column sits centred


def render_label(doc: PumpLabel) -> bytes:
    plan = plan_label(doc)
    buffer = BytesIO()
    canvas = layout.pdf_canvas(buffer, (WIDTH, HEIGHT),
                               printed("Pump label"))
    top = HEIGHT - TOP - plan.slack / 2
    layout.draw_lines(canvas, [doc.depot_name], SIDE, top, BOLD, plan.depot_size)
    top -= layout.line_height(plan.depot_size) + 0.5 * mm
    layout.draw_lines(canvas, plan.model_lines, SIDE, top, FONT, plan.model_size)
    top -= layout.line_height(plan.model_size, len(plan.model_lines)) + 1.5 * mm
    code = layout.barcode(doc.registration, plan.column, plan.bar_module, plan.bar_height,
                          size=11)
    code.draw(canvas, SIDE, top)
    if doc.udi and plan.matrix_module:
        _draw_udi(canvas, doc.udi, plan.matrix_module)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def plan_label(doc: PumpLabel) -> _Plan:
    inner = WIDTH - 2 * SIDE
    column, matrix_module = inner, None
    if doc.udi:
        matrix_module, column = _matrix_room(doc, inner)
    bar_module = next((m for m in BAR_MODULES
                       if layout.barcode_width(doc.registration, m) <= column), DOT)
    if layout.barcode_width(doc.registration, bar_module) > column:
        raise ValueError(f"registration {doc.registration!r} is too long for a label")
    depot_size = layout.fit_size(doc.depot_name, BOLD, column, 8)
    # One line down to 7.5 points reads better than two larger ones; then two lines.
    model_size, model_lines = layout.fit_lines(doc.model_name, FONT, column, 9, 7.5, 1)
    if model_size < 7.5:
        model_size, model_lines = layout.fit_lines(doc.model_name, FONT, column, 9, 6.5, 2)
    texts = (layout.line_height(depot_size) + 0.5 * mm
             + layout.line_height(model_size, len(model_lines)) + 1.5 * mm)
    below_bars = layout.barcode(doc.registration, column, bar_module, 0, size=11).height
    room = HEIGHT - 2 * TOP - texts - below_bars
    if room < 5 * mm:
        raise ValueError("the label's texts leave no room for the barcode")
    bar_height = min(MAX_BARS, room)
    return _Plan(column, bar_module, matrix_module, depot_size, model_size, model_lines,
                 bar_height, room - bar_height)


def _matrix_room(doc: PumpLabel, inner: float) -> tuple[float, float]:
    """The largest DataMatrix module that leaves the Code 128 room at two dots a module."""
    matrix = gs1_datamatrix(doc.udi or "")
    for module in MATRIX_MODULES:
        column = inner - matrix.columns * module - COLUMN_GAP
        if layout.barcode_width(doc.registration, 2 * DOT) <= column:
            return module, column
    module = MATRIX_MODULES[-1]
    return module, inner - matrix.columns * module - COLUMN_GAP


def _draw_udi(canvas, udi: str, module: float) -> None:
    """The symbol at the right edge, centred in height, "UDI" above it. The symbol as
    drawn already includes its one-module quiet zone (zxing-cpp adds it)."""
    matrix = gs1_datamatrix(udi)
    side_w, side_h = matrix.columns * module, matrix.rows * module
    caption = layout.line_height(7) + 0.5 * mm
    x = round((WIDTH - SIDE - side_w) / DOT) * DOT
    y = round(((HEIGHT - side_h - caption) / 2) / DOT) * DOT
    draw_datamatrix(canvas, udi, x, y, module)
    canvas.setFillGray(layout.GREY)
    layout.draw_lines(canvas, ["UDI"], x, y + side_h + caption, BOLD, 7, side_w, "center")
    canvas.setFillGray(0)
