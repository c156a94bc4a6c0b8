"""Events: the immutable facts of a pump's life, and of the register around it."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Callable, Mapping

from app.domain.refusals import Phrase


#: The shape of events as counters hand them in and the central judge reads them. Version
#: 2: loans name the person by register id only (no personal data in an event). Version 3:
#: recalls and the UDI label's production data (event types a judge of version 2 cannot
#: read). Version 4: stocktakes (counts) and a loss found by a count. Version 5: consumables
#: (the assortment's articles, prescriptions of consumables, orders and their withdrawal
#: numbers). A judge reads formats up to its own; a counter writing a newer one waits for
#: the judge's upgrade.
EVENT_FORMAT = 5


class EventType(StrEnum):
    # the register
    MODEL_DEFINED = "model_defined"
    UNIT_DEFINED = "unit_defined"
    STAFF_DEFINED = "staff_defined"
    PRODUCT_AREA_DEFINED = "product_area_defined"
    PRESCRIBER_DEFINED = "prescriber_defined"
    PAYER_DEFINED = "payer_defined"
    UNIT_PAYER_SET = "unit_payer_set"
    IDENTITY_CONVERTED = "identity_converted"
    PERSONS_MERGED = "persons_merged"
    PERSON_PROTECTED = "person_protected"
    # buffer stocks
    TARGET_SET = "target_set"
    TARGET_REQUESTED = "target_requested"
    TARGET_REQUEST_DECIDED = "target_request_decided"
    REPLENISHMENT_RAN = "replenishment_ran"
    # central sync
    CONFLICT_RESOLVED = "conflict_resolved"
    # recalls (field safety notices)
    RECALL_DEFINED = "recall_defined"
    # consumables: the assortment and prescriptions of consumables (they move no pump)
    ARTICLE_DEFINED = "article_defined"
    CONSUMABLES_PRESCRIBED = "consumables_prescribed"
    # stocktake (counts): they move no pump
    COUNT_STARTED = "count_started"
    COUNT_SCANNED = "count_scanned"
    COUNT_FINISHED = "count_finished"
    # orders of consumables: they move no pump
    ORDER_PLACED = "order_placed"
    ORDER_MOVED = "order_moved"
    ORDER_JUSTIFIED = "order_justified"
    # the pump's life
    PUMP_REGISTERED = "pump_registered"
    ISSUED_TO_PATIENT = "issued_to_patient"
    ISSUED_FOR_TRANSPORT = "issued_for_transport"
    DISPATCHED_TO_UNIT = "dispatched_to_unit"
    PRESCRIBED_FROM_STOCK = "prescribed_from_stock"
    CARE_MOVED = "care_moved"
    STOCK_MOVED = "stock_moved"
    RETURNED = "returned"
    RECEIVED_BACK = "received_back"
    CLEANED = "cleaned"
    FAULT_REPORTED = "fault_reported"
    SENT_TO_SERVICE = "sent_to_service"
    BACK_FROM_SERVICE = "back_from_service"
    REPORTED_LOST = "reported_lost"
    RETIRED = "retired"
    UDI_RECORDED = "udi_recorded"
    RECALL_DONE = "recall_done"


EVENT_LABELS: dict[EventType, str] = {
    EventType.MODEL_DEFINED: Phrase("model defined"),
    EventType.UNIT_DEFINED: Phrase("care unit defined"),
    EventType.STAFF_DEFINED: Phrase("staff member added or changed"),
    EventType.PRODUCT_AREA_DEFINED: Phrase("product area defined"),
    EventType.PRESCRIBER_DEFINED: Phrase("prescriber added or changed"),
    EventType.PAYER_DEFINED: Phrase("payer added or changed"),
    EventType.UNIT_PAYER_SET: Phrase("unit's payer set"),
    EventType.IDENTITY_CONVERTED: Phrase("identity converted"),
    EventType.PERSONS_MERGED: Phrase("two records of one person merged"),
    EventType.PERSON_PROTECTED: Phrase("personal data protected"),
    EventType.TARGET_SET: Phrase("buffer stock target set"),
    EventType.TARGET_REQUESTED: Phrase("larger buffer stock requested"),
    EventType.TARGET_REQUEST_DECIDED: Phrase("buffer stock request decided"),
    EventType.REPLENISHMENT_RAN: Phrase("replenishment run"),
    EventType.CONFLICT_RESOLVED: Phrase("sync conflict resolved"),
    EventType.PUMP_REGISTERED: Phrase("registered"),
    EventType.ISSUED_TO_PATIENT: Phrase("issued to patient"),
    EventType.ISSUED_FOR_TRANSPORT: Phrase("issued for transport"),
    EventType.DISPATCHED_TO_UNIT: Phrase("dispatched to unit"),
    EventType.PRESCRIBED_FROM_STOCK: Phrase("prescribed from unit stock"),
    EventType.CARE_MOVED: Phrase("care responsibility moved"),
    EventType.STOCK_MOVED: Phrase("moved between units"),
    EventType.RETURNED: Phrase("returned"),
    EventType.RECEIVED_BACK: Phrase("received back from another counter"),
    EventType.CLEANED: Phrase("cleaned and checked"),
    EventType.FAULT_REPORTED: Phrase("fault reported"),
    EventType.SENT_TO_SERVICE: Phrase("sent to service"),
    EventType.BACK_FROM_SERVICE: Phrase("back from service"),
    EventType.REPORTED_LOST: Phrase("reported lost"),
    EventType.RETIRED: Phrase("retired"),
    EventType.UDI_RECORDED: Phrase("UDI production data recorded"),
    EventType.RECALL_DEFINED: Phrase("recall recorded"),
    EventType.RECALL_DONE: Phrase("recall action done"),
    EventType.COUNT_STARTED: Phrase("stocktake started"),
    EventType.COUNT_SCANNED: Phrase("pump counted in a stocktake"),
    EventType.COUNT_FINISHED: Phrase("stocktake finished"),
    EventType.ARTICLE_DEFINED: Phrase("article added or changed"),
    EventType.CONSUMABLES_PRESCRIBED: Phrase("consumables prescribed"),
    EventType.ORDER_PLACED: Phrase("consumables ordered"),
    EventType.ORDER_MOVED: Phrase("order of consumables moved on"),
    EventType.ORDER_JUSTIFIED: Phrase("order of consumables justified"),
}


@dataclass(frozen=True)
class Event:
    """One fact. ``payload`` holds plain JSON values only, and every value a projection
    needs, so that replaying the log never has to consult anything but the log."""

    id: str
    type: EventType
    pump: str | None
    actor: str
    workstation: str
    occurred_at: dt.datetime
    payload: Mapping[str, Any] = field(default_factory=dict)


def _new_id() -> str:
    return str(uuid.uuid4())


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Context:
    """Who acts, where, and when. Tests pass their own clock and id source."""

    actor: str
    workstation: str
    clock: Callable[[], dt.datetime] = _utc_now
    ids: Callable[[], str] = _new_id

    def event(self, type_: EventType, pump: str | None, **payload: Any) -> Event:
        return Event(
            id=self.ids(),
            type=type_,
            pump=pump,
            actor=self.actor,
            workstation=self.workstation,
            occurred_at=self.clock(),
            payload=payload,
        )

    def today(self) -> dt.date:
        """The counter's calendar day (local time), for maintenance dates and due checks."""
        return self.clock().astimezone().date()
