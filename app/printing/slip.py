"""The packing slip (A4) that travels with a shipment to a hospital unit's buffer stock:
which pumps, for which unit, and a field for whoever receives them to sign.

The pieces it shares with the loan form (section headings, the pump table, the footer)
come from form.py, so both A4 documents look alike.
"""

from __future__ import annotations


from app.printing import layout
from app.printing.barcodes import mm
from app.printing.form import BODY, WIDTH, a4_document, footer, pump_table, section
from app.printing.layout import Block
from app.printing.model import PackingSlip
from app.translation import printed

CHECK_COLUMN = 24 * mm
BOX = 5 * mm  # the square the unit ticks for each pump received


def render_packing_slip(doc: PackingSlip) -> bytes:
    title = printed("Packing slip")
    blocks = [*_shipment(doc), *_unit(doc), *_pumps(doc), *_receipt()]
    return a4_document(title, doc.depot.name, doc.slip_number, blocks, footer(doc.depot))


def _shipment(doc: PackingSlip) -> list[Block]:
    return [layout.gap(1 * mm), layout.boxes([
        (printed("Shipped"), layout.local_time(doc.shipped_at), 1),
        (printed("Shipped by"), doc.shipped_by, 1),
        (printed("Number of pumps"), str(len(doc.pumps)), 1)],
        WIDTH, BODY)]


def _unit(doc: PackingSlip) -> list[Block]:
    return [*section(printed("To the unit's buffer stock")),
            layout.boxes([
                (printed("Unit"), doc.unit_name, 0.5),
                (printed("Customer no."), doc.unit_number, 0.2),
                (printed("Contact person"),
                 doc.contact_person or "", 0.3)], WIDTH, BODY),
            layout.gap(2 * mm),
            # Seed 000: the unit answers for its stock until a pump is prescribed.
            layout.text(printed("The unit is responsible for these pumps until they are prescribed "
                         "to a patient, and bears the cost of any pump that is lost."),
                WIDTH, BODY - 1)]


def _check_box() -> Block:
    """An empty square, centred in the column, to tick by hand."""
    inner = CHECK_COLUMN - 2 * layout.PAD

    def draw(canvas, x, top):
        canvas.setLineWidth(0.8)
        canvas.rect(x + (inner - BOX) / 2, top - BOX, BOX, BOX)
    return Block(BOX, draw)


def _pumps(doc: PackingSlip) -> list[Block]:
    received = printed("Received")
    return [*section(printed("Pumps")),
            *pump_table(doc.pumps, WIDTH, [(received, CHECK_COLUMN, _check_box())])]


def _receipt() -> list[Block]:
    return [*section(printed("Received by the unit")),
            layout.text(printed("Check the pumps against this slip and tick each one. Report anything "
                         "missing or damaged to the depot the same day."), WIDTH, BODY),
            layout.gap(2.5 * mm),
            layout.boxes([
                (printed("Name in block letters"), "", 0.4),
                (printed("Date"), "", 0.2),
                (printed("Signature"), "", 0.4)], WIDTH, BODY,
                write_in=10 * mm)]
