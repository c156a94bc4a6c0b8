"""Sample documents of every kind, for tests, screenshots and the benchmark."""

from __future__ import annotations

import datetime as dt

from app.printing.model import (
    Depot,
    LoanDocument,
    PackingSlip,
    PayerLine,
    PumpLabel,
    PumpLine,
)

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
