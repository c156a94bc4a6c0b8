"""The local database's tables. Every table but ``events`` and ``meta`` is a projection of
the event log (see ``projector``); the log itself is append-only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime kept as ISO 8601 text in UTC, so it sorts and compares as text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; give a timezone")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Any) -> dt.datetime | None:
        return dt.datetime.fromisoformat(value) if value is not None else None


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class PumpModelRow(Base):
    __tablename__ = "pump_models"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    make: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    product_area: Mapped[str] = mapped_column(String(40))
    maintenance_interval_days: Mapped[int] = mapped_column(Integer)
    #: The first of ``gtins``, kept unique so that a UDI's GTIN names one model.
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    gtins: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    consumables: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Whole kronor/kroner a lost pump of the model is charged at (None: not set).
    replacement_cost: Mapped[int | None] = mapped_column(Integer)


class CareUnitRow(Base):
    __tablename__ = "care_units"

    customer_number: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    payers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    regional_agreement: Mapped[bool] = mapped_column(Boolean, default=False,
                                                     server_default=false())


class StaffRow(Base):
    """The staff register, a projection of ``staff_defined`` events: who may sign in at the
    counter, with which card and roles. ``pin_hash`` is an Argon2id hash (salted), never a
    PIN."""

    __tablename__ = "staff"

    number: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    card_code: Mapped[str | None] = mapped_column(String(32), unique=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200))


class ProductAreaRow(Base):
    """Product areas beyond the built-in ones (``prescribers.BUILT_IN_AREAS``)."""

    __tablename__ = "product_areas"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class PrescriberRow(Base):
    """The prescriber register (seed 002's roles, areas and units), a projection of
    ``prescriber_defined`` events."""

    __tablename__ = "prescribers"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    role: Mapped[str] = mapped_column(String(20))
    areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    units: Mapped[list[str]] = mapped_column(JSON, default=list)
    joint_order_units: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PersonRow(Base):
    """The person register: the one place a person's name, identity number and birth
    date are kept (events point to the record's id). Not a projection of the event log: it
    is synced with the central database's register on its own (see ``persons``)."""

    __tablename__ = "persons"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    #: The current identity key; None for a protected person and for an alias.
    key: Mapped[str | None] = mapped_column(String(120), unique=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    name: Mapped[str | None] = mapped_column(String(200))
    #: For a record merged into another: the record it stands for now.
    merged_into: Mapped[str | None] = mapped_column(String(36), index=True)
    #: The central register's version of this record (None: not confirmed centrally yet).
    version: Mapped[int | None] = mapped_column(Integer)


class PersonKeyRow(Base):
    """The identities a person had before (a search by an old number finds them)."""

    __tablename__ = "person_keys"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    #: Oldest first.
    position: Mapped[int] = mapped_column(Integer)


class PersonOutboxRow(Base):
    """Changes to the register this workstation has not yet handed in centrally."""

    __tablename__ = "person_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: The change's own id at the central inbox (handed in again, it is taken once).
    change_id: Mapped[str] = mapped_column(String(36))
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    change: Mapped[dict[str, Any]] = mapped_column(JSON)


class LoanRow(Base):
    __tablename__ = "loans"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    type: Mapped[str] = mapped_column(String(20))
    #: The person's register id as the loan's event names it (perhaps an alias since
    #: merged: read it through ``persons.merged_into``); None for a protected identity
    #: lent to without a record, and for a unit's stock.
    patient_id: Mapped[str | None] = mapped_column(String(36), index=True)
    protected_identity: Mapped[bool] = mapped_column(Boolean, default=False)
    responsible_unit: Mapped[str] = mapped_column(ForeignKey("care_units.customer_number"),
                                                  index=True)
    billing_unit: Mapped[str] = mapped_column(ForeignKey("care_units.customer_number"))
    approval: Mapped[str | None] = mapped_column(String(100))
    #: The approval as references are compared (``loans.approval_key``).
    approval_key: Mapped[str | None] = mapped_column(String(100), index=True)
    prescriber: Mapped[str | None] = mapped_column(String(200))
    #: The registered prescriber; None for a free-text one (before the register, or
    #: unverified where the depot allows it: ``prescriber_verified`` false).
    prescriber_id: Mapped[str | None] = mapped_column(String(40))
    prescriber_verified: Mapped[bool | None] = mapped_column(Boolean)
    consumables: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    workstation: Mapped[str] = mapped_column(String(64))
    #: A transport loan's due date, back at the lending counter (``workstation``).
    due_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_loans_workstation_number", "workstation", "number"),)


class LoanPumpRow(Base):
    """A pump lent under a loan; a loan may hold several pumps, each ending on its own."""

    __tablename__ = "loan_pumps"

    loan_id: Mapped[str] = mapped_column(ForeignKey("loans.id"), primary_key=True)
    pump: Mapped[str] = mapped_column(ForeignKey("pumps.registration"), primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    end_reason: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (Index("ix_loan_pumps_pump", "pump"),)


class PumpRow(Base):
    __tablename__ = "pumps"

    registration: Mapped[str] = mapped_column(String(32), primary_key=True)
    model_code: Mapped[str] = mapped_column(ForeignKey("pump_models.code"), index=True)
    serial_number: Mapped[str | None] = mapped_column(String(64), index=True)
    udi_gtin: Mapped[str | None] = mapped_column(String(14))
    udi_serial: Mapped[str | None] = mapped_column(String(64))
    #: The UDI label's production identifier: lot (AI 10, recalls and lookbacks select
    #: by it), production date (11) and expiry (17).
    udi_lot: Mapped[str | None] = mapped_column(String(20), index=True)
    udi_produced: Mapped[dt.date | None] = mapped_column(Date)
    udi_expires: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(24), index=True)
    since: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    responsible_unit: Mapped[str | None] = mapped_column(
        ForeignKey("care_units.customer_number"), index=True)
    loan_id: Mapped[str | None] = mapped_column(ForeignKey("loans.id"), index=True)
    last_maintenance: Mapped[dt.date | None] = mapped_column(Date)
    next_maintenance: Mapped[dt.date | None] = mapped_column(Date, index=True)
    service_reason: Mapped[str | None] = mapped_column(String(20))
    #: The lending counter a transport pump goes back to.
    return_to: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_pumps_udi", "udi_gtin", "udi_serial", unique=True),
        # Replenishment picks the ready pumps of a model idle longest first.
        Index("ix_pumps_model_state_since", "model_code", "state", "since"),
    )


class FaultReportRow(Base):
    __tablename__ = "fault_reports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    pump: Mapped[str] = mapped_column(ForeignKey("pumps.registration"))
    description: Mapped[str] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(60))
    reported_by: Mapped[str] = mapped_column(String(100))
    reported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    #: What the service visit that closed it repaired ("no fault found" if nothing).
    repair: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_fault_reports_pump_closed", "pump", "closed_at"),)


class EventRow(Base):
    """The append-only log. ``seq`` is this database's order of recording."""

    __tablename__ = "events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    type: Mapped[str] = mapped_column(String(40))
    pump: Mapped[str | None] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(100))
    workstation: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)

    # By type and time: the returns desk lists today's returns after every scan; with the
    # pump, the faults report pairs a year's service visits from the index alone.
    __table_args__ = (Index("ix_events_pump_seq", "pump", "seq"),
                      Index("ix_events_type_occurred_at_pump", "type", "occurred_at", "pump"))


class BufferTargetRow(Base):
    """How many pumps of a model a hospital unit keeps in its buffer stock."""

    __tablename__ = "buffer_targets"

    unit: Mapped[str] = mapped_column(ForeignKey("care_units.customer_number"),
                                      primary_key=True)
    model: Mapped[str] = mapped_column(ForeignKey("pump_models.code"), primary_key=True)
    target: Mapped[int] = mapped_column(Integer)


class TargetRequestRow(Base):
    """A unit's request for a larger stock; approved, it changes the target."""

    __tablename__ = "target_requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit: Mapped[str] = mapped_column(ForeignKey("care_units.customer_number"), index=True)
    model: Mapped[str] = mapped_column(ForeignKey("pump_models.code"))
    requested: Mapped[int] = mapped_column(Integer)
    requester: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    requested_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(20))
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class ReplenishmentRunRow(Base):
    """One replenishment run: what it sent and what it could not."""

    __tablename__ = "replenishment_runs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # its event's id
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    ran_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    ran_by: Mapped[str] = mapped_column(String(100))
    lines: Mapped[list[list[str]]] = mapped_column(JSON)
    shortages: Mapped[list[list[Any]]] = mapped_column(JSON)


class RecallRow(Base):
    """A manufacturer's field safety notice, a projection of ``recall_defined`` events:
    which pumps it covers is worked out from ``selection`` (``app.domain.recalls``)."""

    __tablename__ = "recalls"

    reference: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(20))
    selection: Mapped[dict[str, Any]] = mapped_column(JSON)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    event_id: Mapped[str] = mapped_column(String(36))


class RecallProgressRow(Base):
    """A pump whose recall action is recorded: back from service with the recall named,
    or ``recall done`` (a retired pump is done without a row)."""

    __tablename__ = "recall_progress"

    reference: Mapped[str] = mapped_column(String(40), primary_key=True)
    pump: Mapped[str] = mapped_column(String(32), primary_key=True)
    done_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    done_by: Mapped[str] = mapped_column(String(100))
    how: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    event_id: Mapped[str] = mapped_column(String(36))

    __table_args__ = (Index("ix_recall_progress_pump", "pump"),)


class MetaRow(Base):
    """Facts about this database itself (its workstation id, counters)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncOutboxRow(Base):
    """This workstation's events the central database has not yet answered for."""

    __tablename__ = "sync_outbox"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), primary_key=True)
    #: In the central inbox, waiting for the judge's verdict (pulled with the log).
    handed_in: Mapped[bool] = mapped_column(Boolean, server_default=false())


class SyncLogRow(Base):
    """The central order as this workstation knows it: every event the central database
    has answered for (its own, by push) or sent (by pull), under its central number."""

    __tablename__ = "sync_log"

    central_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), unique=True)
    outcome: Mapped[str] = mapped_column(String(12))


class SyncConflictRow(Base):
    """An event the central database refused, with the accepted event it collided with;
    open until a person resolves it with a ``conflict_resolved`` event."""

    __tablename__ = "sync_conflicts"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), primary_key=True)
    pump: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[dict[str, Any]] = mapped_column(JSON)
    against_event_id: Mapped[str | None] = mapped_column(String(36))
    central_seq: Mapped[int] = mapped_column(Integer, index=True)
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    resolved_actor: Mapped[str | None] = mapped_column(String(100))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    resolution: Mapped[str | None] = mapped_column(Text)


#: The tables that are projections of the event log, in an order safe for foreign keys.
PROJECTED_TABLES = ("pump_models", "care_units", "loans", "pumps", "loan_pumps",
                    "fault_reports", "buffer_targets", "target_requests", "replenishment_runs",
                    "recalls", "recall_progress")
