"""What a printed document says, gathered by the services before anything is drawn.

A document never holds more than it may print: for a protected identity the patient
fields are None and the responsible unit stands as recipient.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Depot:
    name: str
    address: str = ""
    opening_hours: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PumpLine:
    registration: str
    model_name: str
    serial_number: str | None = None
    #: The manufacturer's UDI written as GS1 element strings, "(01)…(21)…", if known.
    udi: str | None = None


@dataclass(frozen=True)
class PayerLine:
    """Who the loan's pumps (``registrations``) are billed to, as the loan recorded it."""

    name: str
    customer_number: str
    invoice_address: str | None = None
    reference: str | None = None
    registrations: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoanDocument:
    """A loan as the receipt and the loan form print it."""

    depot: Depot
    loan_number: str
    loan_type: str  # "patient", "transport" or "unit_buffer"
    issued_at: dt.datetime
    issued_by: str
    unit_name: str  # the responsible (prescribing) unit
    unit_number: str  # its six-digit customer number
    pumps: tuple[PumpLine, ...]
    #: The patient as they may be printed: the name (with "- UT" for a person without a
    #: permit) if the register has one, and the identity (birth date, and the LMA number for
    #: an asylum seeker; else the identity number). Both None for a protected identity and
    #: for a loan to a unit's stock.
    patient_name: str | None = None
    patient_identity: str | None = None
    protected: bool = False
    billing_unit: str | None = None
    prescriber: str | None = None
    #: A free-text prescriber not checked against the register (where the depot allows).
    prescriber_unverified: bool = False
    approval: str | None = None
    consumables: tuple[tuple[str, int], ...] = ()
    #: Who is billed, one line per payer (several where the pumps' product areas are
    #: billed to different payers).
    payers: tuple[PayerLine, ...] = ()

    @property
    def unit_is_recipient(self) -> bool:
        """Only a protected identity (seed 002), or a loan with no patient at all, puts the
        responsible unit where the patient would stand."""
        return self.protected or not (self.patient_name or self.patient_identity)


@dataclass(frozen=True)
class PumpLabel:
    depot_name: str
    registration: str
    model_name: str
    udi: str | None = None


@dataclass(frozen=True)
class PackingSlip:
    """A shipment of pumps to a hospital unit's buffer stock."""

    depot: Depot
    slip_number: str
    shipped_at: dt.datetime
    shipped_by: str
    unit_name: str
    unit_number: str
    contact_person: str | None
    pumps: tuple[PumpLine, ...]


@dataclass(frozen=True)
class RecalledPump:
    """A pump of a recall letter: where it is, and who has it as paper may show it."""

    registration: str
    model_name: str
    serial_number: str | None
    lot: str | None
    #: The patient ("protected identity" for a protected one: the unit is the contact);
    #: None for a pump in the unit's stock.
    holder: str | None = None
    loan_number: str | None = None


@dataclass(frozen=True)
class RecallLetter:
    """One responsible unit's letter about a recall: its pumps and what it must do."""

    depot: Depot
    reference: str
    title: str
    action: str  # inspect, update, replace or withdraw
    written_at: dt.datetime
    unit_name: str
    unit_number: str
    contact_person: str | None
    stock: tuple[RecalledPump, ...]
    patients: tuple[RecalledPump, ...]
