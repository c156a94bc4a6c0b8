"""The local database's tables. Every table but ``events`` and ``meta`` is a projection of
the event log (see ``projector``); the log itself is append-only.

Core ``Table``s, not ORM classes: every statement the counter runs is Core, and loading the
ORM (and evaluating a declarative class's annotations) cost a sixth of the window's start."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Column,
    Table,
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

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_text(value: dt.datetime | None) -> str | None:
    """How ``UtcDateTime`` stores ``value``."""
    if value is None:
        return None
    if value.tzinfo is not dt.UTC:  # a pulled event's times are in UTC already
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; give a timezone")
        value = value.astimezone(dt.UTC)
    return value.isoformat(timespec="microseconds")


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime kept as ISO 8601 text in UTC, so it sorts and compares as text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> str | None:
        return utc_text(value)

    def process_result_value(self, value: str | None, dialect: Any) -> dt.datetime | None:
        return dt.datetime.fromisoformat(value) if value is not None else None


metadata = MetaData(naming_convention=NAMING)


pump_models = Table(
    "pump_models", metadata,
    Column("code", String(32), primary_key=True),
    Column("make", String(100), nullable=False),
    Column("name", String(100), nullable=False),
    Column("product_area", String(40), nullable=False),
    Column("maintenance_interval_days", Integer, nullable=False),
    #: The first of ``gtins``, kept unique so that a UDI's GTIN names one model.
    Column("gtin", String(14), unique=True, nullable=True),
    Column("gtins", JSON, default=list, server_default="[]", nullable=False),
    Column("consumables", JSON, default=list, nullable=False),
    #: Whole kronor/kroner a lost pump of the model is charged at (None: not set).
    Column("replacement_cost", Integer, nullable=True),
)


care_units = Table(
    "care_units", metadata,
    Column("customer_number", String(6), primary_key=True),
    Column("name", String(200), index=True, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("contact_person", String(200), nullable=True),
    Column("regional_agreement", Boolean, default=False, server_default=false(), nullable=False),
    #: The weekdays (0 = Monday) consumables are delivered to the unit's district or
    #: municipality (seed 001's fixed days; issue 24).
    Column("route_days", JSON, default=list, server_default="[]", nullable=False),
    #: Where the unit takes deliveries: street, postcode, town and phone (``UnitAddress``);
    #: None where the register has none.
    Column("delivery_address", JSON(none_as_null=True), nullable=True),
)


#: The staff register, a projection of ``staff_defined`` events: who may sign in at the
#: counter, with which card and roles. ``pin_hash`` is an Argon2id hash (salted), never a
#: PIN.
staff = Table(
    "staff", metadata,
    Column("number", String(32), primary_key=True),
    Column("name", String(200), index=True, nullable=False),
    Column("roles", JSON, default=list, nullable=False),
    Column("active", Boolean, default=True, nullable=False),
    Column("card_code", String(32), unique=True, nullable=True),
    Column("pin_hash", String(200), nullable=True),
)


#: Product areas beyond the built-in ones (``prescribers.BUILT_IN_AREAS``).
product_areas = Table(
    "product_areas", metadata,
    Column("code", String(40), primary_key=True),
    Column("name", String(200), nullable=False),
)


#: The prescriber register (seed 002's roles, areas and units), a projection of
#: ``prescriber_defined`` events.
prescribers = Table(
    "prescribers", metadata,
    Column("id", String(40), primary_key=True),
    Column("name", String(200), index=True, nullable=False),
    Column("role", String(20), nullable=False),
    Column("areas", JSON, default=list, nullable=False),
    Column("units", JSON, default=list, nullable=False),
    Column("joint_order_units", JSON, default=list, nullable=False),
    Column("phone", String(100), nullable=True),
    Column("email", String(200), nullable=True),
    Column("active", Boolean, default=True, nullable=False),
)


#: The payers (seed 002: "betalare, fakturaadress"), a projection of ``payer_defined``
#: events.
payers = Table(
    "payers", metadata,
    Column("id", String(40), primary_key=True),
    Column("name", String(200), index=True, nullable=False),
    Column("invoice_address", Text, nullable=False),
    Column("reference", String(200), nullable=True),
    Column("active", Boolean, default=True, nullable=False),
)


#: A prescribing unit's payer for a product area (``payers.EVERY_AREA``: for every
#: area it has no payer of its own for), a projection of ``unit_payer_set`` events.
unit_payers = Table(
    "unit_payers", metadata,
    Column("unit", String(6), primary_key=True),
    Column("area", String(40), primary_key=True),
    Column("payer_id", String(40), index=True, nullable=False),
)


#: The person register: the one place a person's name, identity number and birth
#: date are kept (events point to the record's id). Not a projection of the event log: it
#: is synced with the central database's register on its own (see ``persons``).
persons = Table(
    "persons", metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(40), nullable=False),
    #: The current identity key; None for a protected person and for an alias.
    Column("key", String(120), unique=True, nullable=True),
    Column("birth_date", Date, nullable=True),
    Column("name", String(200), nullable=True),
    #: For a record merged into another: the record it stands for now.
    Column("merged_into", String(36), index=True, nullable=True),
    #: The central register's version of this record (None: not confirmed centrally yet).
    Column("version", Integer, nullable=True),
)


#: The identities a person had before (a search by an old number finds them).
person_keys = Table(
    "person_keys", metadata,
    Column("key", String(120), primary_key=True),
    Column("person_id", ForeignKey("persons.id"), index=True, nullable=False),
    #: Oldest first.
    Column("position", Integer, nullable=False),
)


#: Changes to the register this workstation has not yet handed in centrally.
person_outbox = Table(
    "person_outbox", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    #: The change's own id at the central inbox (handed in again, it is taken once).
    Column("change_id", String(36), nullable=False),
    Column("person_id", String(36), index=True, nullable=False),
    Column("change", JSON, nullable=False),
)


loans = Table(
    "loans", metadata,
    Column("id", String(36), primary_key=True),
    Column("number", String(40), unique=True, nullable=False),
    Column("type", String(20), nullable=False),
    #: The person's register id as the loan's event names it (perhaps an alias since
    #: merged: read it through ``persons.merged_into``); None for a protected identity
    #: lent to without a record, and for a unit's stock.
    Column("patient_id", String(36), index=True, nullable=True),
    Column("protected_identity", Boolean, default=False, nullable=False),
    Column("responsible_unit", ForeignKey("care_units.customer_number"), index=True,
           nullable=False),
    Column("billing_unit", ForeignKey("care_units.customer_number"), nullable=False),
    Column("approval", String(100), nullable=True),
    #: The approval as references are compared (``loans.approval_key``).
    Column("approval_key", String(100), index=True, nullable=True),
    Column("prescriber", String(200), nullable=True),
    #: The registered prescriber; None for a free-text one (before the register, or
    #: unverified where the depot allows it: ``prescriber_verified`` false).
    Column("prescriber_id", String(40), nullable=True),
    Column("prescriber_verified", Boolean, nullable=True),
    Column("consumables", JSON, default=dict, nullable=False),
    Column("started_at", UtcDateTime, nullable=False),
    Column("workstation", String(64), nullable=False),
    #: A transport loan's due date, back at the lending counter (``workstation``).
    Column("due_on", Date, nullable=True),
    Index("ix_loans_workstation_number", "workstation", "number"),
)


#: A pump lent under a loan; a loan may hold several pumps, each ending on its own.
loan_pumps = Table(
    "loan_pumps", metadata,
    Column("loan_id", ForeignKey("loans.id"), primary_key=True),
    Column("pump", ForeignKey("pumps.registration"), primary_key=True),
    Column("started_at", UtcDateTime, nullable=False),
    Column("ended_at", UtcDateTime, nullable=True),
    Column("end_reason", String(40), nullable=True),
    #: Who is billed for this pump of the loan, as decided when it was lent (the payer's
    #: name, invoice address and reference then, so a later change rewrites no loan).
    #: ``payer_id`` None with a name: billed to the unit itself; all None: lent before
    #: payers were kept (the loan's ``billing_unit`` pays).
    Column("payer_id", String(40), index=True, nullable=True),
    Column("payer_name", String(200), nullable=True),
    Column("payer_address", Text, nullable=True),
    Column("payer_reference", String(200), nullable=True),
    #: Copies of the loan's type, responsible and billed unit (never changed after the
    #: loan is made) and of the pump's model (fixed when it is registered), so that the
    #: loans report counts a year of lent pumps from one index, without a look-up per pump.
    #: Written by the projector with the row; migration 0018 filled the rows before it.
    Column("loan_type", String(20), nullable=True),
    Column("responsible_unit", String(6), nullable=True),
    Column("billing_unit", String(6), nullable=True),
    Column("model_code", String(32), nullable=True),
    # A pump's loans, and a lookback's loan periods, from the index alone.
    Index("ix_loan_pumps_pump_period", "pump", "started_at", "ended_at", "loan_id"),
    # The loans report, from the index alone and in the order it groups by.
    Index("ix_loan_pumps_report", "loan_type", "responsible_unit", "billing_unit",
          "model_code", "payer_name", "started_at", "ended_at"),
)


pumps = Table(
    "pumps", metadata,
    Column("registration", String(32), primary_key=True),
    Column("model_code", ForeignKey("pump_models.code"), index=True, nullable=False),
    Column("serial_number", String(64), index=True, nullable=True),
    Column("udi_gtin", String(14), nullable=True),
    Column("udi_serial", String(64), nullable=True),
    #: The UDI label's production identifier: lot (AI 10, recalls and lookbacks select
    #: by it), production date (11) and expiry (17).
    Column("udi_lot", String(20), index=True, nullable=True),
    Column("udi_produced", Date, nullable=True),
    Column("udi_expires", Date, nullable=True),
    Column("state", String(24), index=True, nullable=False),
    Column("since", UtcDateTime, nullable=False),
    Column("responsible_unit", ForeignKey("care_units.customer_number"), index=True,
           nullable=True),
    Column("loan_id", ForeignKey("loans.id"), index=True, nullable=True),
    Column("last_maintenance", Date, nullable=True),
    Column("next_maintenance", Date, index=True, nullable=True),
    Column("service_reason", String(20), nullable=True),
    #: The lending counter a transport pump goes back to.
    Column("return_to", String(64), nullable=True),
    Index("ix_pumps_udi", "udi_gtin", "udi_serial", unique=True),
    # Replenishment picks the ready pumps of a model idle longest first.
    Index("ix_pumps_model_state_since", "model_code", "state", "since"),
    # A unit's stock (a stocktake's expected pumps at every scan, the stock levels):
    # by state alone SQLite reads every unit's stock.
    Index("ix_pumps_unit_state", "responsible_unit", "state"),
)


fault_reports = Table(
    "fault_reports", metadata,
    Column("id", String(36), primary_key=True),
    Column("pump", ForeignKey("pumps.registration"), nullable=False),
    Column("description", Text, nullable=False),
    Column("category", String(60), nullable=True),
    Column("reported_by", String(100), nullable=False),
    Column("reported_at", UtcDateTime, nullable=False),
    Column("closed_at", UtcDateTime, nullable=True),
    #: What the service visit that closed it repaired ("no fault found" if nothing).
    Column("repair", Text, nullable=True),
    Index("ix_fault_reports_pump_closed", "pump", "closed_at"),
)


#: The append-only log. ``seq`` is this database's order of recording.
events = Table(
    "events", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(36), unique=True, nullable=False),
    Column("type", String(40), nullable=False),
    Column("pump", String(32), nullable=True),
    Column("actor", String(100), nullable=False),
    Column("workstation", String(64), nullable=False),
    Column("occurred_at", UtcDateTime, nullable=False),
    Column("payload", JSON, nullable=False),
    Index("ix_events_pump_seq", "pump", "seq"),
    # By type and time: the returns desk lists today's returns after every scan; with the
    # pump, the faults report pairs a year's service visits from the index alone.
    Index("ix_events_type_occurred_at_pump", "type", "occurred_at", "pump"),
)


#: How many pumps of a model a hospital unit keeps in its buffer stock.
buffer_targets = Table(
    "buffer_targets", metadata,
    Column("unit", ForeignKey("care_units.customer_number"), primary_key=True),
    Column("model", ForeignKey("pump_models.code"), primary_key=True),
    Column("target", Integer, nullable=False),
)


#: A unit's request for a larger stock; approved, it changes the target.
target_requests = Table(
    "target_requests", metadata,
    Column("id", String(36), primary_key=True),
    Column("unit", ForeignKey("care_units.customer_number"), index=True, nullable=False),
    Column("model", ForeignKey("pump_models.code"), nullable=False),
    Column("requested", Integer, nullable=False),
    Column("requester", String(200), nullable=False),
    Column("reason", Text, nullable=False),
    Column("requested_at", UtcDateTime, nullable=False),
    Column("status", String(20), nullable=False),
    Column("decided_by", String(100), nullable=True),
    Column("decided_at", UtcDateTime, nullable=True),
)


#: One replenishment run: what it sent and what it could not.
replenishment_runs = Table(
    "replenishment_runs", metadata,
    Column("id", String(36), primary_key=True),
    Column("day", Date, index=True, nullable=False),
    Column("ran_at", UtcDateTime, nullable=False),
    Column("ran_by", String(100), nullable=False),
    Column("lines", JSON, nullable=False),
    Column("shortages", JSON, nullable=False),
)


#: A manufacturer's field safety notice, a projection of ``recall_defined`` events:
#: which pumps it covers is worked out from ``selection`` (``app.domain.recalls``).
recalls = Table(
    "recalls", metadata,
    Column("reference", String(40), primary_key=True),
    Column("title", Text, nullable=False),
    Column("action", String(20), nullable=False),
    Column("selection", JSON, nullable=False),
    Column("recorded_at", UtcDateTime, nullable=False),
    Column("recorded_by", String(100), nullable=False),
    Column("event_id", String(36), nullable=False),
)


#: A stocktake of a place (``DEPOT`` or a unit's customer number), a projection of the
#: count events; ``result`` is what ``count_finished`` recorded (``Tally.payload``).
counts = Table(
    "counts", metadata,
    Column("id", String(36), primary_key=True),
    Column("place", String(10), index=True, nullable=False),
    Column("started_at", UtcDateTime, nullable=False),
    Column("started_by", String(100), nullable=False),
    Column("workstation", String(40), nullable=False),
    Column("finished_at", UtcDateTime, nullable=True),
    Column("finished_by", String(100), nullable=True),
    Column("result", JSON, nullable=True),
)


#: A pump found in a count: the first scan of it counts, at whichever counter.
count_scans = Table(
    "count_scans", metadata,
    Column("count_id", String(36), primary_key=True),
    Column("pump", String(32), primary_key=True),
    Column("scanned_at", UtcDateTime, nullable=False),
    Column("scanned_by", String(100), nullable=False),
)


#: A pump whose recall action is recorded: back from service with the recall named,
#: or ``recall done`` (a retired pump is done without a row).
recall_progress = Table(
    "recall_progress", metadata,
    Column("reference", String(40), primary_key=True),
    Column("pump", String(32), primary_key=True),
    Column("done_at", UtcDateTime, nullable=False),
    Column("done_by", String(100), nullable=False),
    Column("how", String(20), nullable=False),
    Column("note", Text, nullable=True),
    Column("event_id", String(36), nullable=False),
    Index("ix_recall_progress_pump", "pump"),
)


#: The assortment of consumables, a projection of ``article_defined`` events: the last word
#: on each article number stands (``app.domain.assortment``).
articles = Table(
    "articles", metadata,
    Column("number", String(40), primary_key=True),
    #: The article's name per language: {"sv": …, "nb": …, "en": …}.
    Column("names", JSON, nullable=False),
    Column("product_area", String(40), index=True, nullable=False),
    Column("pack", String(200), nullable=False),
    #: stocked, outside (the assortment) or pharmacy (not the depot's).
    Column("supply", String(20), nullable=False),
    Column("active", Boolean, nullable=False),
    #: The pump models (codes) it is a usual consumable of.
    Column("models", JSON, nullable=False),
)


#: Prescriptions of consumables, a projection of ``consumables_prescribed`` events.
consumable_prescriptions = Table(
    "consumable_prescriptions", metadata,
    Column("id", String(40), primary_key=True),
    #: The person's register id as the event names it (perhaps an alias since merged);
    #: None for a protected identity (the unit stands as recipient).
    Column("person_id", String(36), index=True, nullable=True),
    #: The registered prescriber's id (a free-text prescriber's name, before the register).
    Column("prescriber", String(200), nullable=False),
    Column("prescriber_name", String(200), nullable=False),
    Column("unit", String(6), index=True, nullable=False),
    #: [{"article": …, "quantity": …}, …]: how many of each per ``per_days``.
    Column("lines", JSON, nullable=False),
    Column("per_days", Integer, nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("valid_to", Date, nullable=True),
    Column("protected", Boolean, nullable=False),
    #: The loan it was made with, if any.
    Column("loan_id", String(36), index=True, nullable=True),
    Column("made_at", UtcDateTime, nullable=False),
    Column("workstation", String(64), nullable=False),
    Column("event_id", String(36), nullable=False),
)


#: Orders of consumables ("uttag"), a projection of the order events (issue 23). The
#: person is named by register id only; ``day`` is the counter's calendar day of the order
#: (what the Orders section and the period rules look up).
orders = Table(
    "orders", metadata,
    Column("id", String(36), primary_key=True),
    Column("number", String(9), unique=True, nullable=False),
    Column("prescription_id", String(40), index=True, nullable=False),
    #: None for a protected identity (the prescription's unit stands as recipient).
    Column("person_id", String(36), nullable=True),
    Column("unit", String(20), nullable=False),
    Column("ordered_by", String(20), nullable=False),
    Column("ordered_at", UtcDateTime, nullable=False),
    Column("day", Date, nullable=False),
    Column("state", String(24), nullable=False),
    Column("justification", Text, nullable=False, default=""),
    Column("delivery", String(40), nullable=False, default="standard"),
    Column("extra_cost", Boolean, nullable=False, default=False),
    #: The lines as the list shows them, [[article, quantity, area, payer id, payer name,
    #: extra cost], …] by article: a day's orders are read without a lookup per line
    #: (``order_lines`` keeps them for billing).
    Column("lines", JSON, nullable=False),
    Column("actor", String(100), nullable=False),
    Column("workstation", String(40), nullable=False),
    Column("event_id", String(36), nullable=False),
    Index("ix_orders_day_state", "day", "state"),
    Index("ix_orders_person_day", "person_id", "day"),
    Index("ix_orders_unit_day", "unit", "day"),
)


#: An order's lines, each with the payer it is billed to (decided when ordered).
order_lines = Table(
    "order_lines", metadata,
    Column("order_id", ForeignKey("orders.id"), primary_key=True),
    Column("article", String(40), primary_key=True),
    Column("quantity", Integer, nullable=False),
    Column("product_area", String(40), nullable=False, default=""),
    Column("payer_id", String(40), nullable=True),
    Column("payer_name", String(200), nullable=True),
    Column("extra_cost", Boolean, nullable=False, default=False),
)


#: Every state an order has been in: who moved it, when, and the event that did.
order_history = Table(
    "order_history", metadata,
    Column("event_id", String(36), primary_key=True),
    Column("order_id", ForeignKey("orders.id"), nullable=False),
    Column("state", String(24), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("actor", String(100), nullable=False),
    Index("ix_order_history_order_id_at", "order_id", "at"),
)



#: How each order travels and the day it promises (issue 24), a projection of its
#: ``order_placed`` event: what every counter sees. No personal data (``order_addresses``
#: keeps that, at the counter that took the order).
order_deliveries = Table(
    "order_deliveries", metadata,
    Column("order_id", ForeignKey("orders.id"), primary_key=True),
    Column("mode", String(20), nullable=False),
    #: None: nothing promised (outside the region).
    Column("promised", Date, nullable=True),
    Column("last_pickup", Date, nullable=True),
    Column("notify", String(10), nullable=True),
    #: The extra costs noted for the payer, as their English templates.
    Column("extra_costs", JSON, nullable=False),
    Column("contact_prescriber", Boolean, nullable=False),
    Column("to_unit", Boolean, nullable=False),
    Column("in_region", Boolean, nullable=False),
    Column("apartment_building", Boolean, nullable=False),
    Column("pickup_point", String(200), nullable=False),
    #: For a protected identity: the prescriber the unit receives it c/o.
    Column("care_of_prescriber", String(200), nullable=False),
    #: The orders delivered together with this one (a joint delivery), or None.
    Column("joint", String(36), index=True, nullable=True),
)


#: An order's address and contacts as the counter took them (issue 24): personal data, so
#: kept at this counter only, never in an event (see docs/delivery.md).
order_addresses = Table(
    "order_addresses", metadata,
    Column("order_id", String(36), primary_key=True),
    Column("street", String(200), nullable=False),
    Column("postcode", String(20), nullable=False),
    Column("town", String(100), nullable=False),
    Column("care_of", String(200), nullable=False),
    Column("door_code", String(40), nullable=False),
    Column("phone", String(40), nullable=False),
    Column("notify_to", String(200), nullable=False),
)


#: Facts about this database itself (its workstation id, counters).
meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


#: This workstation's events the central database has not yet answered for.
sync_outbox = Table(
    "sync_outbox", metadata,
    Column("event_id", ForeignKey("events.id"), primary_key=True),
    #: In the central inbox, waiting for the judge's verdict (pulled with the log).
    Column("handed_in", Boolean, server_default=false(), nullable=False),
)


#: The central order as this workstation knows it: every event the central database
#: has answered for (its own, by push) or sent (by pull), under its central number.
sync_log = Table(
    "sync_log", metadata,
    Column("central_seq", Integer, primary_key=True, autoincrement=False),
    Column("event_id", ForeignKey("events.id"), unique=True, nullable=False),
    Column("outcome", String(12), nullable=False),
)


#: An event the central database refused, with the accepted event it collided with;
#: open until a person resolves it with a ``conflict_resolved`` event.
sync_conflicts = Table(
    "sync_conflicts", metadata,
    Column("event_id", ForeignKey("events.id"), primary_key=True),
    Column("pump", String(32), nullable=True),
    Column("reason", JSON, nullable=False),
    Column("against_event_id", String(36), nullable=True),
    Column("central_seq", Integer, index=True, nullable=False),
    Column("resolved_by", String(36), nullable=True),
    Column("resolved_actor", String(100), nullable=True),
    Column("resolved_at", UtcDateTime, nullable=True),
    Column("resolution", Text, nullable=True),
)


#: The tables that are projections of the event log, in an order safe for foreign keys.
PROJECTED_TABLES = ("pump_models", "care_units", "loans", "pumps", "loan_pumps",
                    "fault_reports", "buffer_targets", "target_requests", "replenishment_runs",
                    "recalls", "recall_progress", "product_areas", "prescribers", "payers",
                    "unit_payers", "counts", "count_scans", "articles",
                    "consumable_prescriptions", "orders", "order_lines", "order_history",
                    "order_deliveries")
