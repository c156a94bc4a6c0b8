"""Sample documents of every kind, for tests, screenshots and the benchmark."""

from __future__ import annotations

import datetime as dt

from app.domain.consumables import OrderedBy
from app.printing.model import (
    Depot,
    LoanDocument,
    PackingSlip,
    PayerLine,
    PumpLabel,
    PumpLine,
)
from app.printing.order_paper import OrderPaper, OrderPaperLine, PayerNote, Recipient

DEPOT = Depot(
    name="Hjälpmedel Skåne, Lund",
    address="Förrådsvägen 4, 227 38 Lund",
    opening_hours="Mon–Fri 08.00–15.00",
    phone="0770-11 11 00",
    email="hjalpmedel@skane.se",
)
AT = dt.datetime(2026, 11, 20, 10, 42, tzinfo=dt.UTC)
PUMPS = (
    PumpLine("HS-000123", "BD BodyGuard T syringe driver", "BG7765123",
             "(01)05060123450019(21)BG0000123"),
    PumpLine("HS-004711", "Smiths Medical CADD-Solis", "CS0098231", None),
)


def loan(protected: bool = False, pumps: tuple[PumpLine, ...] = PUMPS) -> LoanDocument:
    return LoanDocument(
        depot=DEPOT, loan_number="DESK1-000042", loan_type="patient", issued_at=AT,
        issued_by="anna.k", unit_name="SUS Lund, Gastroenterologi avd 1", unit_number="602154",
        pumps=pumps,
        patient_name=None if protected else "Anna Berg",
        patient_identity=None if protected else "19811228-9874",
        protected=protected, billing_unit="602154", prescriber="Dr. Eva Lind",
        approval="BL-20417",
        consumables=(("Syringes and lines, 14-day pack", 2),
                     ("Subcutaneous needles, 14-day pack", 1)),
        payers=(PayerLine("Region Skåne, Skånes universitetssjukhus", "602154",
                          "Fakturaservice\nBox 2024\n291 02 Kristianstad", "Ref. 7010-GASTRO",
                          tuple(p.registration for p in pumps)),),
    )


def label(with_udi: bool = True) -> PumpLabel:
    return PumpLabel(DEPOT.name, PUMPS[0].registration, PUMPS[0].model_name,
                     PUMPS[0].udi if with_udi else None)


def slip() -> PackingSlip:
    return PackingSlip(DEPOT, "DESK1-S-000007", AT, "anna.k", "SUS Lund, Gastroenterologi avd 1",
                       "602154", "Karin Ek", PUMPS)


# -- a consumables order's paper (issue 23) ---------------------------------------------------

NORWEGIAN_DEPOT = Depot(
    name="Behandlingshjelpemidler, Helse Bergen",
    address="Haukelandsveien 22, 5021 Bergen",
    opening_hours="Man–fre 08.00–15.30",
    phone="55 97 50 00",
    email="behandlingshjelpemidler@helse-bergen.no",
)
ORDERED_AT = dt.datetime(2026, 11, 23, 9, 15, tzinfo=dt.UTC)
#: The person of the unprotected samples, in every form a slip could print them.
ORDER_PERSON = ("Anna Berg", "19811228-9874", "Storgatan 12 B", "Ola Nordmann", "12057812345",
                "Fjellveien 8")


def _order_lines(norwegian: bool) -> tuple[OrderPaperLine, ...]:
    if norwegian:
        return (OrderPaperLine("720015", "Sprøyte Luer-lock 20 ml", 2, "14-dagerspakning"),
                OrderPaperLine("720140", "Subkutan infusjonsnål 6 mm", 1, "14-dagerspakning"),
                OrderPaperLine("730502", "Transparent bandasje 6 × 7 cm", 3, "pakke à 10"),
                OrderPaperLine("799871", "Infusjonssett med filter, ekstra lang slange", 1,
                               "stykk", outside=True))
    return (OrderPaperLine("720015", "Spruta Luer-lock 20 ml", 2, "14-dagarsförpackning"),
            OrderPaperLine("720140", "Subkutan infusionsnål 6 mm", 1, "14-dagarsförpackning"),
            OrderPaperLine("730502", "Transparent förband 6 × 7 cm", 3, "förpackning om 10"),
            OrderPaperLine("799871", "Infusionsset med filter, extra lång slang", 1, "styck",
                           outside=True))


def order_paper(protected: bool = False, norwegian: bool = False) -> OrderPaper:
    """An order of four lines (one outside the assortment) as the services fill it: a
    protected identity's paper carries the prescribing unit and no person at all."""
    if norwegian:
        depot, number, unit, unit_number, prescriber = (
            NORWEGIAN_DEPOT, "U21000417", "Haukeland universitetssjukehus, Medisinsk avdeling",
            "480112", "Dr. Kari Hansen")
        unit_address = Recipient("", "Jonas Lies vei 65", "5021", "Bergen", phone="55 97 20 00")
        person = Recipient("Ola Nordmann", "Fjellveien 8", "5019", "Bergen",
                           phone="+47 912 34 567")
        payer = PayerNote("Helse Bergen HF, Medisinsk avdeling", unit_number, extra_cost=True)
    else:
        depot, number, unit, unit_number, prescriber = (
            DEPOT, "U13201003", "SUS Lund, Gastroenterologi avd 1", "602154", "Dr. Eva Lind")
        unit_address = Recipient("", "Entrégatan 7", "222 42", "Lund", phone="046-17 10 00")
        person = Recipient("Anna Berg", "Storgatan 12 B", "222 22", "Lund",
                           care_of="Lindqvist", phone="070-123 45 67")
        payer = PayerNote("Region Skåne, Skånes universitetssjukhus", unit_number,
                          extra_cost=True)
    return OrderPaper(
        depot=depot, number=number, ordered_at=ORDERED_AT,
        ordered_by=OrderedBy.PRESCRIBER if protected else OrderedBy.RELATIVE,
        recipient=None if protected else person, lines=_order_lines(norwegian),
        delivery_note="" if protected else ("Portkode 4711" if norwegian else "Portkod 4711"),
        protected=protected, unit_name=unit, unit_number=unit_number,
        unit_address=unit_address, prescriber=prescriber, payers=(payer,), taken_by="anna.k")
