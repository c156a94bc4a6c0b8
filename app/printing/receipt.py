"""The loan receipt: an 80 mm thermal roll (72 mm printable, 203 dpi) handed to whoever
collects the pump.

A roll has no page height: the blocks are built first, their heights summed, and the page
made exactly that tall. For a protected identity the document carries no patient data
(model.py) and the receipt names the responsible unit as recipient, with no patient line.
"""

from __future__ import annotations

from io import BytesIO


from app.printing import layout
from app.printing.barcodes import mm
from app.printing.layout import BOLD, Block
from app.printing.model import Depot, LoanDocument
from app.translation import printed

PAGE_WIDTH = 80 * mm
WIDTH = 72 * mm  # what the print head reaches
SIDE = (PAGE_WIDTH - WIDTH) / 2
TOP = 4 * mm
BOTTOM = 10 * mm  # the tear bar sits a little above the last printed line
BODY = 9  # points: the smallest a thermal print stays easy to read
KEY_WIDTH = 24 * mm


def render_receipt(doc: LoanDocument) -> bytes:
    body = layout.stack(_blocks(doc))
    height = TOP + body.height + BOTTOM
    buffer = BytesIO()
    canvas = layout.pdf_canvas(buffer, (PAGE_WIDTH, height),
                               printed("Loan receipt"))
    body.draw(canvas, SIDE, height - TOP)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _blocks(doc: LoanDocument) -> list[Block]:
    return [*_head(doc), *_pumps(doc), *_recipient(doc), *_consumables(doc),
            *_returning(doc), *_depot(doc.depot, doc.issued_by)]


def _head(doc: LoanDocument) -> list[Block]:
    title = (printed("Transport loan receipt")
             if doc.loan_type == "transport"
             else printed("Loan receipt"))
    return [
        layout.text(doc.depot.name, WIDTH, 12, BOLD, "center"),
        layout.gap(1 * mm),
        layout.text(title, WIDTH, 10, align="center"),
        layout.text(layout.local_time(doc.issued_at), WIDTH, BODY, align="center"),
        layout.gap(3 * mm),
        layout.barcode(doc.loan_number, WIDTH, bar_height=10 * mm, size=11),
        layout.rule(WIDTH),
    ]


def _pumps(doc: LoanDocument) -> list[Block]:
    title = (printed("Pump") if len(doc.pumps) == 1
             else printed("Pumps ({count})").format(
                 count=len(doc.pumps)))
    blocks = [layout.heading(title, WIDTH), layout.gap(1.5 * mm)]
    for i, pump in enumerate(doc.pumps):
        if i:
            blocks += [layout.rule(WIDTH, space=1.5 * mm, weight=0.4, dashed=True)]
        lines = [layout.text(pump.model_name, WIDTH, BODY + 1, BOLD)]
        if pump.serial_number:
            lines.append(layout.text(printed("Serial no. {serial}").format(serial=pump.serial_number),
                WIDTH, BODY))
        lines += [layout.gap(2 * mm), layout.barcode(pump.registration, WIDTH, size=10)]
        blocks.append(layout.stack(lines))
    return [*blocks, layout.rule(WIDTH)]


def unit_lines(doc: LoanDocument) -> list[str]:
    return [doc.unit_name,
            printed("Customer no. {number}").format(
                number=doc.unit_number)]


def _section(title: str, lines: list[str]) -> list[Block]:
    return [layout.heading(title, WIDTH), layout.gap(1 * mm),
            *(layout.text(line, WIDTH, BODY) for line in lines), layout.rule(WIDTH)]


def _recipient(doc: LoanDocument) -> list[Block]:
    if doc.unit_is_recipient:
        # The unit stands as recipient; nothing may hint at who the patient is.
        return _section(printed("Recipient: responsible unit"),
                        unit_lines(doc))
    patient = [line for line in (doc.patient_name, doc.patient_identity) if line]
    return [*_section(printed("Patient"), patient)[:-1],
            layout.gap(2 * mm),
            *_section(printed("Responsible unit"),
                      unit_lines(doc))]


def consumable_lines(doc: LoanDocument) -> list[str]:
    return [printed("{count} × {name}").format(
        count=count, name=_consumable(name)) for name, count in doc.consumables]


def _consumable(name: str) -> str:
    """The counter's own "14-day pack" (the Issue tab's) in the printing language; a
    model's packs are named in the depot's own words already."""
    return printed("14-day pack") if name == "14-day pack" else name


def _consumables(doc: LoanDocument) -> list[Block]:
    if not doc.consumables:
        return []
    return _section(printed("Consumables handed out"),
                    consumable_lines(doc))


def return_terms(doc: LoanDocument) -> list[str]:
    """How the pump comes back (seed 001: after the treatment, cleaned, disposables
    removed, a note of any fault); a transport loan goes back to the lending counter."""
    if doc.loan_type == "transport":
        first = printed("Return the pump to the lending counter right after the transport.")
    else:
        first = printed("Return the pump to the depot when the treatment has ended.")
    return [first,
            printed("Clean the pump and remove all disposables before returning it."),
            printed("If the pump has a fault, attach a note describing it.")]


def _returning(doc: LoanDocument) -> list[Block]:
    blocks = [layout.heading(printed("Returning the pump"), WIDTH),
              layout.gap(1 * mm)]
    for term in return_terms(doc):
        blocks += [layout.text(term, WIDTH, BODY), layout.gap(1 * mm)]
    return [*blocks, layout.rule(WIDTH)]


def depot_rows(depot: Depot) -> list[tuple[str, str]]:
    """The depot's contact details that are known, as (caption, value)."""
    rows = [(printed("Address"), depot.address),
            (printed("Open"), depot.opening_hours),
            (printed("Phone"), depot.phone),
            (printed("E-mail"), depot.email)]
    return [(key, value) for key, value in rows if value]


def _depot(depot: Depot, issued_by: str) -> list[Block]:
    return [layout.heading(depot.name, WIDTH), layout.gap(1 * mm),
            layout.key_values(depot_rows(depot), WIDTH, KEY_WIDTH, BODY),
            layout.gap(3 * mm),
            layout.text(printed("Issued by {name}").format(
                name=issued_by), WIDTH, BODY - 0.5, grey=True)]
