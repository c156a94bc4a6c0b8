"""The workstation's side of central sync, on one local transaction's connection.

The tables always show the events in their *effective order*: the events the central
database has accepted, in its order, then this workstation's own events it has not yet
answered for, in the order they were recorded. Events it refused (conflicts) stay in the
log but change no row. Keeping that order is cheap in the usual case, where a pulled event
concerns a pump this workstation has not touched since; when it has (or when an own event
comes back as a conflict) the pump's rows are rebuilt from its events in effective order.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Sequence

from sqlalchemy import Connection, bindparam, delete, exists, func, insert, select, update

from app.domain.events import Event, EventType
from app.domain.pump import Pump
from app.domain.sync import (
    UPSERT_TYPES,
    CentralEntry,
    Outcome,
    loan_number_of,
    reason_to_json,
    set_aside,
    upsert_keys,
    withdrawal_number_of,
)
from app.persistence.database import execute_rows, json_values
from app.persistence.orders import OrderStore, forget_order
from app.persistence.orders import project as project_order
from app.persistence.projector import Projector, event_from_row
from app.persistence.repository import Repository
from app.persistence.tables import (
    events,
    fault_reports,
    loan_pumps,
    loans,
    meta,
    pumps,
    recall_progress,
    sync_conflicts,
    sync_log,
    sync_outbox,
)

E = EventType
CURSOR = "sync_cursor"  # the highest central number this workstation has pulled
OWN_MAX = "sync_own_max_seq"  # the highest central number given to one of its own events
#: This database's copy token, and the one it replaces while its takeover waits to be
#: confirmed (see ``app.domain.sync.Copies``).
COPY_TOKEN = "copy_token"
COPY_REPLACES = "copy_replaces"
_LOAN_STARTS = (E.ISSUED_TO_PATIENT, E.ISSUED_FOR_TRANSPORT, E.DISPATCHED_TO_UNIT,
                E.PRESCRIBED_FROM_STOCK)

_effective = (select(events, sync_log.c.central_seq, sync_log.c.outcome)
              .outerjoin(sync_log, sync_log.c.event_id == events.c.id))
_pump_events = (_effective.where(events.c.pump == bindparam("pump"))
                .order_by(sync_log.c.central_seq.is_(None), sync_log.c.central_seq,
                          events.c.seq))
_ORDER_EVENTS = frozenset({EventType.ORDER_PLACED, EventType.ORDER_MOVED,
                           EventType.ORDER_JUSTIFIED})
_order_events = (_effective.where(
    events.c.type.in_([t.value for t in _ORDER_EVENTS]),
    func.json_extract(events.c.payload, "$.order") == bindparam("order"))
    .order_by(sync_log.c.central_seq.is_(None), sync_log.c.central_seq, events.c.seq))
_own_later = ((sync_log.c.central_seq.is_(None)) | (sync_log.c.central_seq > bindparam("seq")))
#: Own events on a batch's pumps that may come after some of its entries: the central
#: number each has (None: not answered yet), read once for the batch.
_own_later_on_pumps = (
    select(events.c.pump, events.c.id, sync_log.c.central_seq)
    .outerjoin(sync_log, sync_log.c.event_id == events.c.id)
    .where(events.c.pump.in_(json_values("pumps")), events.c.workstation == bindparam("me"),
           _own_later))
_own_later_upserts = (
    _effective.where(events.c.type.in_([t.value for t in UPSERT_TYPES]),
                     events.c.workstation == bindparam("me"), _own_later)
    .order_by(sync_log.c.central_seq.is_(None), sync_log.c.central_seq, events.c.seq))
#: Register changes a counter takes back when the judge refuses its own.
_TAKEN_BACK = frozenset({E.PAYER_DEFINED, E.UNIT_PAYER_SET, E.ARTICLE_DEFINED,
                         E.CONSUMABLES_PRESCRIBED})
_register_changes = (
    _effective.where(events.c.type.in_([t.value for t in _TAKEN_BACK]))
    .order_by(sync_log.c.central_seq.is_(None), sync_log.c.central_seq, events.c.seq))
_pending = (select(events)
            .where(events.c.id.in_(select(sync_outbox.c.event_id)
                                   .where(sync_outbox.c.handed_in.is_(False))
                                   .scalar_subquery()))
            .order_by(events.c.seq).limit(bindparam("limit")))
_known = select(events.c.id).where(events.c.id.in_(json_values("ids")))
_answered = select(sync_log.c.event_id).where(
    sync_log.c.event_id.in_(json_values("ids")))
_insert_log = insert(sync_log)
_insert_conflict = insert(sync_conflicts)
_unqueue = delete(sync_outbox).where(sync_outbox.c.event_id == bindparam("_id"))
_pending_count = select(func.count()).select_from(sync_outbox).scalar_subquery()
_open_conflicts = (select(func.count()).select_from(sync_conflicts)
                   .where(sync_conflicts.c.resolved_by.is_(None)).scalar_subquery())
_standing = select(_pending_count, _open_conflicts,
                   select(meta.c.value).where(meta.c.key == CURSOR).scalar_subquery())


def copy_identity_of(values: dict[str, str]) -> tuple[str | None, str | None]:
    """``SyncState.copy_identity`` from the meta values read (see ``Repository.metas``)."""
    return values.get(COPY_TOKEN) or None, values.get(COPY_REPLACES) or None


class PumpMemo:
    """The pumps as one long pull left them, kept from one batch to the next so that each
    batch need not read back what the one before wrote. Trusted only while nothing else
    wrote in between: the next batch must come on the same SQLite connection, which since
    then has made no change of its own (``total_changes``, for a pooled connection lent to
    an action meanwhile) and seen no other connection commit (``data_version``)."""

    LIMIT = 50_000  # pumps kept at most; a larger register is read batch by batch

    def __init__(self) -> None:
        self.pumps: dict[str, Pump] = {}
        self._stamp: tuple[int, int, int] | None = None

    @staticmethod
    def _stamp_of(connection: Connection) -> tuple[int, int, int]:
        raw = connection.connection.dbapi_connection
        return (id(raw), raw.execute("PRAGMA data_version").fetchone()[0], raw.total_changes)

    def valid_on(self, connection: Connection) -> dict[str, Pump]:
        """The pumps kept, emptied first unless nothing has written since ``seal``."""
        if self._stamp != self._stamp_of(connection) or len(self.pumps) > self.LIMIT:
            self.pumps.clear()
        self._stamp = None
        return self.pumps

    def clear(self) -> None:
        self.pumps.clear()
        self._stamp = None

    def seal(self, connection: Connection, changed: Iterable[str]) -> None:
        """The batch is written (but for ``changed``, whose rows were rebuilt)."""
        for registration in changed:
            self.pumps.pop(registration, None)
        self._stamp = self._stamp_of(connection)


@dataclass
class Applied:
    """What one batch did to this workstation's tables."""

    applied: int = 0  # other workstations' events applied
    confirmed: int = 0  # own events the central database accepted
    conflicts: int = 0  # conflicts learnt of (own or others')
    rebuilt: set[str] = field(default_factory=set)  # pumps rebuilt in effective order


class SyncState:
    def __init__(self, connection: Connection, workstation: str) -> None:
        self.db = connection
        self.me = workstation
        self.repo = Repository(connection)
        self.projector = Projector(connection)

    # -- reading -----------------------------------------------------------------------

    def cursor(self) -> int:
        return int(self.repo.meta(CURSOR) or 0)

    def pending(self, limit: int) -> list[Event]:
        """The oldest own events not yet handed in, in the order they were recorded."""
        # IN (the small outbox), not a join: SQLite would walk the whole log in seq order.
        rows = self.db.execute(_pending, {"limit": limit}).all()
        return [event_from_row(row) for row in rows]

    def handed_in(self, events: Sequence[Event]) -> None:
        """In the central inbox now: they wait there for the judge, not here."""
        if events:
            self.db.execute(update(sync_outbox).where(sync_outbox.c.event_id == bindparam(
                "_id")).values(handed_in=True), [{"_id": e.id} for e in events])

    def awaiting(self, limit: int) -> list[str]:
        """Ids of own events handed in and waiting for the judge's verdict."""
        return list(self.db.execute(select(sync_outbox.c.event_id).where(
            sync_outbox.c.handed_in.is_(True)).limit(limit)).scalars())

    def copy_identity(self) -> tuple[str | None, str | None]:
        """The copy token this database hands in under (every database is made with one,
        see migration 0015), and the token it replaces (None once its takeover is
        confirmed, or if it never had to take over)."""
        return copy_identity_of(self.repo.metas(COPY_TOKEN, COPY_REPLACES))

    def copy_confirmed(self) -> None:
        """The judge takes events from this copy now: its takeover is done."""
        self.repo.set_meta(COPY_REPLACES, "")

    def _taken_back(self) -> None:
        """Accepted events of this workstation's came back that this database did not know:
        it was restored from a backup, or it is a copy. It takes a new copy token replacing
        the one it had (once, until the judge has taken the new one): its next hand-in takes
        the workstation over, and a copy still running under the old token then clashes."""
        token, replaces = self.copy_identity()
        if replaces is None:
            self.repo.set_meta(COPY_REPLACES, token or "")
            self.repo.set_meta(COPY_TOKEN, uuid.uuid4().hex)

    def standing(self) -> tuple[int, int, int]:
        """Own events waiting for the central database, open conflicts and the cursor, in
        one statement (every cycle ends with them)."""
        pending, conflicts, cursor = self.db.execute(_standing).one()
        return pending, conflicts, int(cursor or 0)

    # -- writing -----------------------------------------------------------------------

    def record_answers(self, answers: Sequence[CentralEntry]) -> Applied:
        """The central database's verdicts on events this workstation pushed."""
        done = Applied()
        already = set(self.db.execute(
            _answered, {"ids": json.dumps([a.event.id for a in answers])}).scalars())
        self._record_own([a for a in answers if a.event.id not in already], done)
        self._rebuild(done.rebuilt)
        return done

    def apply_pulled(self, entries: Sequence[CentralEntry],
                     memo: PumpMemo | None = None) -> Applied:
        """Apply a batch of the central log (in its order) and move the cursor past it.
        ``memo`` carries the pumps over to the next batch of the same pull."""
        done = Applied()
        if not entries:
            return done
        ids = [entry.event.id for entry in entries]
        known = set(self.db.execute(_known, {"ids": json.dumps(ids)}).scalars())
        answered = set(self.db.execute(_answered, {"ids": json.dumps(sorted(known))})
                       .scalars()) if known else set()
        own_max = int(self.repo.meta(OWN_MAX) or 0)
        anything_pending = self.db.execute(select(exists().select_from(sync_outbox))).scalar()
        dirty: set[str] = set()
        #: Register keys a pulled upsert wrote, with the central number of the last one.
        overwritten: dict[tuple[str, ...], int] = {}
        # The batch's rows are gathered and written table by table (see Projector), and
        # its pumps are read in one query; after each event the projector's result is the
        # pump. The central order's rows follow the log's, for their foreign key.
        projector = Projector(self.db, batch=True)
        # Nothing to read ahead for a batch of own events coming back (a counter working
        # alone, every cycle): they are answers to record, not events to apply.
        new = [e.event for e in entries if e.event.id not in known]
        if new:
            projector.prefetch(new)
        pumps = (memo or PumpMemo()).valid_on(self.db)
        if wanted := {event.pump for event in new if event.pump is not None} - pumps.keys():
            pumps.update(self.repo.pumps(wanted))
        own_later = _OwnLater(self.db, self.me, entries, known) \
            if new and (anything_pending or own_max > entries[0].seq) else None
        placed: list[CentralEntry] = []
        #: Own events coming back in a row (after a hand-in, thousands of them): their
        #: answers are recorded together, before the next event of another's is looked at.
        returning: list[CentralEntry] = []
        for entry in entries:
            event = entry.event
            if event.id in known:  # one of ours coming back (or a batch pulled again)
                if event.id not in answered:  # its push's answer was lost
                    returning.append(entry)
                continue
            if returning:
                self._record_own(returning, done)
                returning = []
            placed.append(entry)
            if not entry.accepted:
                # Noted at once: a resolution later in this batch must find it.
                projector.append(event, entry.payload_json)
                projector.flush()
                self._log(placed)
                self._note_conflicts([entry])
                placed = []
                done.conflicts += 1
                continue
            may_reorder = anything_pending or own_max > entry.seq
            if event.pump is not None and (event.pump in dirty or (
                    may_reorder and own_later is not None
                    and own_later.touched_later(event.pump, entry.seq))):
                dirty.add(event.pump)  # the rebuild below applies it in order
                projector.append(event, entry.payload_json)
            elif event.pump is not None:
                before = None if event.type is E.PUMP_REGISTERED else pumps.get(event.pump)
                pumps[event.pump] = projector.apply(event, before,
                                                    payload_json=entry.payload_json)
            else:
                projector.apply(event, None, payload_json=entry.payload_json)
                if may_reorder and event.type in UPSERT_TYPES:
                    overwritten.update(dict.fromkeys(upsert_keys(event), entry.seq))
            done.applied += 1
        self._record_own(returning, done)
        projector.flush()
        self._reapply_own_upserts(overwritten)
        self._log(placed)
        dirty |= done.rebuilt
        self._rebuild(dirty)
        done.rebuilt |= dirty
        self.repo.set_meta(CURSOR, str(max(self.cursor(), entries[-1].seq)))
        # Own loans this database did not know (restored from a backup, or a copy): their
        # numbers are used, and the next loan's number comes after them.
        unknown_own = [e for e in entries if e.event.workstation == self.me
                       and e.event.id not in known]
        self.repo.loan_numbers_used(self.me, [
            n for e in unknown_own if (n := loan_number_of(e.event))])
        OrderStore(self.db).numbers_used([
            n for e in unknown_own if (n := withdrawal_number_of(e.event))])
        if any(e.accepted for e in unknown_own):
            self._taken_back()
        if memo is not None:
            memo.seal(self.db, dirty)
        return done

    # -- the parts ---------------------------------------------------------------------

    def _log(self, entries: Sequence[CentralEntry]) -> None:
        execute_rows(self.db, _insert_log, [{"central_seq": e.seq, "event_id": e.event.id,
                                             "outcome": e.outcome.value} for e in entries])

    def set_aside(self, entry: CentralEntry, why: str) -> Applied:
        """``entry`` could not be applied here: it is kept as a conflict of this counter's
        (in the log, changing no row, shown with the conflicts for a person to look at),
        and the cursor moves past it."""
        return self.apply_pulled([dataclasses.replace(
            entry, outcome=Outcome.CONFLICT, reason=reason_to_json(set_aside(why)),
            against=None)])

    def _note_conflicts(self, entries: Sequence[CentralEntry]) -> None:
        if entries:
            self.db.execute(_insert_conflict, [{
                "event_id": e.event.id, "pump": e.event.pump, "reason": e.reason or {},
                "against_event_id": e.against, "central_seq": e.seq} for e in entries])

    def _record_own(self, entries: Sequence[CentralEntry], done: Applied) -> None:
        """Answers for own events: out of the outbox, into the central order."""
        if not entries:
            return
        self.db.execute(_unqueue, [{"_id": e.event.id} for e in entries])
        self._log(entries)
        accepted = [e.seq for e in entries if e.accepted]
        refused = [e for e in entries if not e.accepted]
        done.confirmed += len(accepted)
        if accepted and max(accepted) > int(self.repo.meta(OWN_MAX) or 0):
            self.repo.set_meta(OWN_MAX, str(max(accepted)))
        self._note_conflicts(refused)
        self._undo_refused([e.event for e in refused])
        self._rebuild_orders({str(e.event.payload.get("order")) for e in refused
                              if e.event.type in _ORDER_EVENTS})
        done.conflicts += len(refused)
        # An own register change is never refused, so only pumps need putting right.
        done.rebuilt |= {e.event.pump for e in refused if e.event.pump is not None}

    def _undo_refused(self, refused: Sequence[Event]) -> None:
        """Own payer changes the judge refused (its role check: the counter's register
        let someone through that the region's does not) are taken back here too: their
        rows are read again from the accepted events, so no loan made here is billed to a
        payer the region never accepted."""
        keys = {key for event in refused if event.type in _TAKEN_BACK
                for key in upsert_keys(event)}
        keys = {key for key in keys if self.projector.forget(key)}
        if not keys:
            return
        for row in self.db.execute(_register_changes).all():
            event = event_from_row(row)
            if row.outcome != Outcome.CONFLICT and upsert_keys(event) & keys:
                self.projector.apply(event, None, log=False)

    def _rebuild_orders(self, order_ids: set[str]) -> None:
        """Own order events the judge refused (a withdrawal number given twice, or not of
        this counter's series): the order's rows are read again from its events that stand,
        so an order the region never accepted is gone here too."""
        for order_id in sorted(order_ids):
            rows = self.db.execute(_order_events, {"order": order_id}).all()
            forget_order(self.db, order_id)
            for row in rows:
                if row.outcome != Outcome.CONFLICT:
                    project_order(self.db, event_from_row(row))

    def _reapply_own_upserts(self, overwritten: dict[tuple[str, ...], int]) -> None:
        """Pulled upserts came before own ones on the same keys in the central order (each
        key with the last pulled one's number): do the own ones again on top, in effective
        order, so the last word is the same as centrally. Once for a whole batch."""
        if not overwritten:
            return
        for row in self.db.execute(_own_later_upserts,
                                   {"me": self.me, "seq": min(overwritten.values())}).all():
            if row.outcome == Outcome.CONFLICT:
                continue
            own = event_from_row(row)
            if any(key in overwritten and (row.central_seq is None
                                           or row.central_seq > overwritten[key])
                   for key in upsert_keys(own)):
                self.projector.apply(own, None, log=False)

    def _rebuild(self, registrations: Iterable[str]) -> None:
        for registration in sorted(registrations):
            rebuild_pump(self.db, registration)


def rebuild_pump(connection: Connection, registration: str) -> Pump | None:
    """Put one pump's rows (the pump, its loans, its fault reports) back to what its events
    say in effective order, leaving out conflicts. Returns the pump as rebuilt."""
    rows = connection.execute(_pump_events, {"pump": registration}).all()
    loan_ids = {row.payload.get("loan_id") for row in rows
                if row.type in _LOAN_STARTS} - {None}
    connection.execute(delete(fault_reports).where(fault_reports.c.pump == registration))
    connection.execute(delete(recall_progress).where(recall_progress.c.pump == registration))
    connection.execute(delete(loan_pumps).where(loan_pumps.c.pump == registration))
    connection.execute(delete(pumps).where(pumps.c.registration == registration))
    connection.execute(delete(loans).where(
        loans.c.id.in_(loan_ids),
        ~exists().where(loan_pumps.c.loan_id == loans.c.id),
        ~exists().where(pumps.c.loan_id == loans.c.id)))
    projector = Projector(connection)
    pump: Pump | None = None
    for row in rows:
        if row.outcome == Outcome.CONFLICT:
            continue
        pump = projector.apply(event_from_row(row), pump, log=False)
    return pump


def effective_events(connection_factory: Any, batch: int = 5000) -> Iterator[Event]:
    """The whole log in effective order, read in batches: accepted events by central
    number, then the rest (own events not yet answered) as recorded; conflicts left out."""
    last = 0
    while True:
        with connection_factory() as connection:
            rows = connection.execute(
                select(events, sync_log.c.central_seq)
                .join(sync_log, sync_log.c.event_id == events.c.id)
                .where(sync_log.c.central_seq > last, sync_log.c.outcome == Outcome.ACCEPTED)
                .order_by(sync_log.c.central_seq).limit(batch)).all()
        if not rows:
            break
        yield from (event_from_row(row) for row in rows)
        last = rows[-1].central_seq
    last = 0
    while True:
        with connection_factory() as connection:
            rows = connection.execute(
                select(events).outerjoin(sync_log, sync_log.c.event_id == events.c.id)
                .where(events.c.seq > last, sync_log.c.event_id.is_(None))
                .order_by(events.c.seq).limit(batch)).all()
        if not rows:
            return
        yield from (event_from_row(row) for row in rows)
        last = rows[-1].seq


class _OwnLater:
    """Which of a pulled batch's pumps have an own event that comes after a given entry in
    the central order: read once for the batch (a busy counter always has events pending,
    and asking for each pulled event was a query per event).

    What the batch itself changes is foreseen: an own event coming back in the batch gets
    its central number when the loop reaches it, so it counts as the batch's entry's number
    from the start (for the entries before it, that is later, as "not answered yet" was)."""

    def __init__(self, connection: Connection, me: str, entries: Sequence[CentralEntry],
                 known: set[str]) -> None:
        coming_back = {e.event.id: e.seq for e in entries if e.event.id in known}
        pumps = sorted({e.event.pump for e in entries if e.event.pump is not None})
        #: Per pump, the central numbers of its own events (None: not answered).
        self._numbers: dict[str, list[int | None]] = {}
        for pump, event_id, central_seq in connection.execute(_own_later_on_pumps, {
                "pumps": json.dumps(pumps), "me": me, "seq": entries[0].seq}):
            self._numbers.setdefault(pump, []).append(
                central_seq if central_seq is not None else coming_back.get(event_id))

    def touched_later(self, pump: str, seq: int) -> bool:
        """Has this workstation an event on ``pump`` that comes after central ``seq``?"""
        return any(number is None or number > seq for number in self._numbers.get(pump, ()))
