"""The loan form (A4), after the Norwegian "BL Utlån av behandlingshjelpemidler": who
receives the pumps, the responsible unit, the prescriber and approval, the pumps, the
consumables, the return terms, and signature fields for the prescribing doctor and the
person who receives them.

For a protected identity there is no patient section at all: the unit stands as recipient
(seed 002), with a box for the person at the unit who takes delivery.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.printing import layout
from app.printing.barcodes import DOT, mm
from app.printing.layout import BOLD, FONT, GREY, PAD, Block
from app.printing.model import Depot, LoanDocument, PumpLine
from app.printing.receipt import consumable_lines, depot_rows, return_terms
from app.translation import printed

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
BODY = 11  # points: body text of an A4 document
CODE_ROOM = 75 * mm  # the header's barcode corner


def render_loan_form(doc: LoanDocument) -> bytes:
    title = printed("Loan of treatment aids")
    blocks = [*_issue(doc), *_recipient(doc), *_unit(doc), *_pumps(doc), *_consumables(doc),
              *_terms(doc), *_signatures()]
    return a4_document(title, doc.depot.name, doc.loan_number, blocks, footer(doc.depot))


def footer(depot: Depot) -> str:
    return " · ".join([depot.name, *(value for _, value in depot_rows(depot))])


def a4_document(title: str, subtitle: str, number: str, blocks: Sequence[Block],
                foot: str) -> bytes:
    """An A4 document (this form, the packing slip): page one opens with ``title`` and the
    document's number as a barcode; every page ends with ``foot`` and its page number."""
    page_w, page_h = A4
    code = layout.barcode(number, CODE_ROOM, bar_height=11 * mm, size=11, align="right")
    title_w = WIDTH - CODE_ROOM - 4 * mm
    head = layout.stack([layout.text(title, title_w, 18, BOLD), layout.gap(1.5 * mm),
                         layout.text(subtitle, title_w, 11)])
    first_top = page_h - MARGIN - max(head.height, code.height) - 4 * mm
    later_top = page_h - MARGIN - layout.line_height(9) - 4 * mm
    bottom = MARGIN + layout.line_height(9) + 3 * mm
    pages = layout.paginate(blocks, first_top - bottom, later_top - bottom)
    buffer = BytesIO()
    canvas = layout.pdf_canvas(buffer, A4, title)
    for page_number, page in enumerate(pages, start=1):
        top = first_top
        if page_number == 1:
            head.draw(canvas, MARGIN, page_h - MARGIN)
            code.draw(canvas, page_w - MARGIN - CODE_ROOM, page_h - MARGIN)
        else:  # a later page says whose it is, in case the pages come apart
            top = later_top
            canvas.setFillGray(GREY)
            layout.draw_lines(canvas, [f"{title} · {number}"], MARGIN, page_h - MARGIN,
                              FONT, 9)
            canvas.setFillGray(0)
        layout.stack(page).draw(canvas, MARGIN, top)
        _foot(canvas, foot, page_number, len(pages))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _foot(canvas: Canvas, foot: str, page: int, pages: int) -> None:
    numbering = printed("Page {page} of {pages}").format(
        page=page, pages=pages)
    room = WIDTH - layout.width_of(numbering, FONT, 9) - 6 * mm
    size = layout.fit_size(foot, FONT, room, 9)
    baseline_top = MARGIN + layout.line_height(9)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, baseline_top + 1.5 * mm, MARGIN + WIDTH, baseline_top + 1.5 * mm)
    canvas.setFillGray(GREY)
    layout.draw_lines(canvas, [foot], MARGIN, baseline_top, FONT, size)
    layout.draw_lines(canvas, [numbering], MARGIN, baseline_top, FONT, size, WIDTH, "right")
    canvas.setFillGray(0)


def section(title: str) -> list[Block]:
    """A heading with air above it, kept on the page of what follows."""
    return [layout.gap(3 * mm), layout.heading(title, WIDTH, 12),
            replace(layout.gap(2 * mm), keep_with_next=True)]


def _issue(doc: LoanDocument) -> list[Block]:
    kinds = {"patient": printed("Patient loan"),
             "transport": printed("Transport loan"),
             "unit_buffer": printed("Unit buffer stock")}
    return [layout.gap(1 * mm), layout.boxes([
        (printed("Loan type"), kinds.get(doc.loan_type, ""), 1),
        (printed("Issued"), layout.local_time(doc.issued_at), 1),
        (printed("Issued by"), doc.issued_by, 1),
        (printed("Approval reference"), doc.approval or "", 1)], WIDTH, BODY)]


def _recipient(doc: LoanDocument) -> list[Block]:
    if doc.unit_is_recipient:
        return []  # the unit stands as recipient: see _unit
    return [*section(printed("Patient")), layout.boxes([
        (printed("Name"), doc.patient_name or "", 0.6),
        (printed("Identity number"), doc.patient_identity or "",
         0.4)], WIDTH, BODY)]


def _unit(doc: LoanDocument) -> list[Block]:
    """The responsible unit and the prescriber. For a protected identity the unit is the
    recipient, with a write-in box for who takes delivery there (seed 002: c/o)."""
    protected = doc.unit_is_recipient
    title = (printed("Recipient: responsible unit") if protected
             else printed("Responsible unit and prescriber"))
    rows = [layout.boxes([
        (printed("Unit"), doc.unit_name, 0.41),
        (printed("Customer no."), doc.unit_number, 0.14),
        (printed("Prescribing doctor"), (doc.prescriber or "") + (
            " (" + printed("not verified against the prescriber register") + ")"
            if doc.prescriber_unverified else ""), 0.45)], WIDTH, BODY), *_payers(doc)]
    if protected:
        rows.append(layout.boxes([(printed("c/o: the person at the unit who takes delivery"), "", 1)], WIDTH, BODY))
    return [*section(title), *rows]


def _payers(doc: LoanDocument) -> list[Block]:
    """Who pays: the payer and its invoice address (seed 002), as decided when the loan was
    made; where the pumps' product areas have different payers, one row each, naming its
    pumps."""
    several = len(doc.payers) > 1
    rows = []
    for payer in doc.payers:
        caption = (printed("Payer for {pumps}").format(pumps=", ".join(payer.registrations))
                   if several else printed("Payer and invoice address"))
        rows.append(layout.boxes([
            (caption, "\n".join(filter(None, (payer.name, ", ".join(
                (payer.invoice_address or "").splitlines())))), 0.57),
            (printed("Billed to customer no."), payer.customer_number, 0.22),
            (printed("Invoice reference"), payer.reference or "–", 0.21)], WIDTH, BODY))
    return rows


def pump_table(pumps: Sequence[PumpLine], width: float,
               extra: Sequence[tuple[str, float, Block]] = ()) -> list[Block]:
    """Registration number (bars and text), model, serial number; ``extra`` columns
    (title, width, the same cell for every row) go on the right."""
    code_width = max(45 * mm, max(layout.barcode_width(p.registration, 2 * DOT)
                                  for p in pumps) + 2 * PAD)
    serial_width = 38 * mm
    model_width = width - code_width - serial_width - sum(w for _, w, _ in extra)
    columns = [(printed("Registration no."), code_width),
               (printed("Model"), model_width),
               (printed("Serial no."), serial_width),
               *((title, w) for title, w, _ in extra)]
    rows = [[layout.barcode(p.registration, code_width - 2 * PAD, bar_height=9 * mm, size=10),
             layout.text(p.model_name, model_width - 2 * PAD, BODY),
             layout.text(p.serial_number or "", serial_width - 2 * PAD, BODY),
             *(cell for _, _, cell in extra)] for p in pumps]
    return layout.table(columns, rows)


def _pumps(doc: LoanDocument) -> list[Block]:
    return [*section(printed("Pumps")),
            *pump_table(doc.pumps, WIDTH)]


def _bullets(lines: Sequence[str]) -> list[Block]:
    """Lines with a bullet hanging in the margin, so wrapped lines align with the text."""
    blocks = []
    for line in lines:
        body = layout.text(line, WIDTH - 5 * mm, BODY)

        def draw(canvas, x, top, body=body):
            layout.draw_lines(canvas, ["•"], x + 1 * mm, top, FONT, BODY)
            body.draw(canvas, x + 5 * mm, top)
        blocks += [Block(body.height, draw), layout.gap(1.2 * mm)]
    return blocks


def _consumables(doc: LoanDocument) -> list[Block]:
    lines = consumable_lines(doc) or [printed("None.")]
    return [*section(printed("Consumables handed out")),
            *_bullets(lines)]


def _terms(doc: LoanDocument) -> list[Block]:
    terms = [*return_terms(doc), printed("Pumps with the depot's registration label always go back to the depot "
                 "to be checked and cleaned before the next loan.")]
    return [*section(printed("Return terms")), *_bullets(terms)]


def _signature_box(title: str, width: float) -> Block:
    """A ruled box: its title, a line to sign with the date beside it, and a line for the
    name in block letters, each with its caption under it."""
    step = 10.5 * mm
    height = layout.line_height(10) + 2 * step + 2 * PAD
    date_width = 0.35 * width

    def write_in(canvas, caption, x0, x1, y):
        canvas.setLineWidth(0.5)
        canvas.line(x0, y + 4.5 * mm, x1, y + 4.5 * mm)
        canvas.setFillGray(GREY)
        layout.draw_lines(canvas, [caption], x0, y + 3.8 * mm, FONT, 9)
        canvas.setFillGray(0)

    def draw(canvas, x, top):
        canvas.setLineWidth(0.6)
        canvas.rect(x, top - height, width, height)
        layout.draw_lines(canvas, [title], x + PAD, top - PAD, BOLD, 10)
        y = top - PAD - layout.line_height(10) - step
        right = x + width - PAD
        write_in(canvas, printed("Signature"), x + PAD,
                 right - date_width - 3 * mm, y)
        write_in(canvas, printed("Date"), right - date_width,
                 right, y)
        write_in(canvas, printed("Name in block letters"),
                 x + PAD, right, y - step)
    return Block(height, draw)


def _signatures() -> list[Block]:
    half = (WIDTH - 6 * mm) / 2
    doctor = _signature_box(printed("Prescribing doctor"), half)
    received = _signature_box(printed("Received by"), half)

    def draw(canvas, x, top):
        doctor.draw(canvas, x, top)
        received.draw(canvas, x + half + 6 * mm, top)
    return [*section(printed("Signatures")),
            Block(doctor.height, draw)]
