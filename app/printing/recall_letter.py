"""The letter (A4) to a responsible unit about a recall: which of the pumps it answers for
are covered (in its stock, with its patients), and what the unit must do. A protected
identity is printed only as "protected identity": the unit is the contact for that patient.
"""

from __future__ import annotations

from typing import Sequence

from app.printing import layout
from app.printing.barcodes import DOT, mm
from app.printing.form import BODY, WIDTH, a4_document, footer, section
from app.printing.layout import PAD, Block
from app.printing.model import RecalledPump, RecallLetter
from app.translation import printed


def _what_to_do(action: str) -> str:
    texts = {
        "inspect": printed("The pumps must be inspected as the notice says before they are "
                           "used again."),
        "update": printed("The pumps' software must be updated before they are used again."),
        "replace": printed("A part of the pumps must be replaced before they are used again."),
        "withdraw": printed("The pumps are withdrawn from use and will not be used again."),
    }
    return texts[action]


def render_recall_letter(doc: RecallLetter) -> bytes:
    title = printed("Recall {reference}").format(reference=doc.reference)
    blocks = [*_notice(doc), *_unit(doc), *_instructions(doc)]
    if doc.stock:
        blocks += [*section(printed("In the unit's stock ({count})").format(
            count=len(doc.stock))), *_table(doc.stock, with_patient=False)]
    if doc.patients:
        blocks += [*section(printed("With the unit's patients ({count})").format(
            count=len(doc.patients))), *_table(doc.patients, with_patient=True)]
    blocks += _reply()
    return a4_document(title, doc.depot.name, doc.reference, blocks, footer(doc.depot))


def _notice(doc: RecallLetter) -> list[Block]:
    return [layout.gap(1 * mm), layout.boxes([
        (printed("Field safety notice"), doc.reference, 0.3),
        (printed("About"), doc.title, 0.5),
        (printed("Date"), layout.local_time(doc.written_at)[:10], 0.2)], WIDTH, BODY)]


def _unit(doc: RecallLetter) -> list[Block]:
    return [*section(printed("To the responsible unit")),
            layout.boxes([
                (printed("Unit"), doc.unit_name, 0.5),
                (printed("Customer no."), doc.unit_number, 0.2),
                (printed("Contact person"), doc.contact_person or "", 0.3)], WIDTH, BODY)]


def _instructions(doc: RecallLetter) -> list[Block]:
    send_back = printed("Send the pumps in your stock back to the depot now. For each pump with "
                        "a patient, contact the patient and arrange an exchange: the depot "
                        "lends a replacement pump. Until then the pump must not be lent to "
                        "anyone else.")
    protected = printed("A patient with a protected identity is named only as \"protected "
                        "identity\": the unit is the contact for that patient.")
    lines = [_what_to_do(doc.action), send_back]
    if any(p.holder == "protected identity" for p in doc.patients):
        lines.append(protected)
    return [*section(printed("What the unit must do")),
            *(layout.stack([layout.text(line, WIDTH, BODY), layout.gap(1.5 * mm)])
              for line in lines)]


def _table(pumps: Sequence[RecalledPump], with_patient: bool) -> list[Block]:
    code_width = max(45 * mm, max(layout.barcode_width(p.registration, 2 * DOT)
                                  for p in pumps) + 2 * PAD)
    serial_width, lot_width = 30 * mm, 22 * mm
    patient_width = 52 * mm if with_patient else 0
    model_width = WIDTH - code_width - serial_width - lot_width - patient_width
    columns = [(printed("Registration no."), code_width), (printed("Model"), model_width),
               (printed("Serial no."), serial_width), (printed("Lot"), lot_width)]
    if with_patient:
        columns.append((printed("Patient, loan no."), patient_width))
    rows = []
    for p in pumps:
        cells = [layout.barcode(p.registration, code_width - 2 * PAD, bar_height=9 * mm,
                                size=10),
                 layout.text(p.model_name, model_width - 2 * PAD, BODY),
                 layout.text(p.serial_number or "", serial_width - 2 * PAD, BODY),
                 layout.text(p.lot or "", lot_width - 2 * PAD, BODY)]
        if with_patient:
            who = printed("protected identity (contact: the unit)") \
                if p.holder == "protected identity" else p.holder or ""
            cells.append(layout.stack([
                layout.text(who, patient_width - 2 * PAD, BODY - 1),
                layout.text(p.loan_number or "", patient_width - 2 * PAD, BODY - 1,
                            grey=True)]))
        rows.append(cells)
    return layout.table(columns, rows)


def _reply() -> list[Block]:
    return [*section(printed("Confirmation to the depot")),
            layout.text(printed("Return this letter to the depot when every pump listed has "
                                "been sent back or exchanged."), WIDTH, BODY),
            layout.gap(2.5 * mm),
            layout.boxes([
                (printed("Name in block letters"), "", 0.4),
                (printed("Date"), "", 0.2),
                (printed("Signature"), "", 0.4)], WIDTH, BODY, write_in=10 * mm)]
