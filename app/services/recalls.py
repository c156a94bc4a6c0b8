"""Recalls as the depot works them: record a field safety notice, see how many pumps it
covers before saving, find where every covered pump is now and who answers for it, record
each pump's action done, and hand the lists on (letters to the units, CSV and XLSX)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import Connection, and_, false, or_, select

from app.domain.recalls import (
    Recall,
    SerialRange,
    Selection,
    Whereabouts,
    define,
    mark_done,
    new_recall,
    parse_serial_range,
    whereabouts,
)
from app.domain.reference import check_gtin
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.states import PumpState
from app.domain.text import typed
from app.persistence.persons import current, loan_person_join
from app.persistence.repository import Repository, holder_of
from app.persistence.tables import (
    care_units,
    loans,
    pump_models,
    pumps,
    recall_progress,
    recalls,
)
from app.services.actions import find_recall, scan_pump
from app.services.station import Station


def parse_day(text: str | None, what: Phrase) -> dt.date | None:
    """A date as typed (YYYY-MM-DD), or None for nothing typed."""
    value = typed(text, what).strip() if text else ""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' is not a date: write it as YYYY-MM-DD.", text=text) from None


@dataclass(frozen=True)
class SelectionInput:
    """A recall's selection as the administrator typed it, before it is checked."""

    models: Sequence[str] = ()
    gtins: Sequence[str] = ()
    lots: Sequence[str] = ()
    serials: Sequence[str] = ()
    serial_ranges: Sequence[str] = ()
    produced_from: str | None = None
    produced_to: str | None = None


def _selection(repo: Repository, typed_in: SelectionInput) -> Selection:
    models = []
    for code in typed_in.models:
        if not code.strip():
            continue
        model = repo.model(code.strip())
        if model is None:
            raise Refused(RefusalCode.UNKNOWN_MODEL,
                          "No pump model '{model}': see the list of models.", model=code)
        models.append(model.code)
    gtins = [check_gtin(g) for g in typed_in.gtins if g.strip()]
    gtin_models = [owner for g in gtins if (owner := repo.model_with_gtin(g))]
    ranges: list[SerialRange] = [parse_serial_range(r) for r in typed_in.serial_ranges
                                 if r.strip()]
    serials = [typed(s, Phrase("The serial number")) for s in typed_in.serials]
    lots = [typed(lot, Phrase("The lot")) for lot in typed_in.lots]
    return Selection(models=tuple(models), gtins=tuple(gtins), lots=tuple(lots),
                     serials=tuple(serials), serial_ranges=tuple(ranges),
                     produced_from=parse_day(typed_in.produced_from,
                                             Phrase("The first production date")),
                     produced_to=parse_day(typed_in.produced_to, Phrase("The last production date")),
                     gtin_models=tuple(gtin_models))


# -- which pumps a selection covers ---------------------------------------------------------

_COVER_COLUMNS = (pumps.c.registration, pumps.c.model_code.label("model"), pumps.c.udi_gtin,
                  pumps.c.udi_serial, pumps.c.serial_number, pumps.c.udi_lot,
                  pumps.c.udi_produced, pumps.c.udi_expires, pumps.c.state,
                  pumps.c.responsible_unit, pumps.c.loan_id)


def _narrowed(query: Any, selection: Selection) -> Any:
    """``query`` over pumps cut down by SQL to those that may be covered; ``covers`` has
    the last word (serial numbers compared as numbers)."""
    s = selection
    if s.models:
        query = query.where(pumps.c.model_code.in_(s.models))
    if s.gtins:
        query = query.where(or_(pumps.c.udi_gtin.in_(s.gtins),
                                and_(pumps.c.udi_gtin.is_(None),
                                     pumps.c.model_code.in_(s.gtin_models or ["\x00"]))))
    if s.lots:
        query = query.where(pumps.c.udi_lot.in_(s.lots))
    if s.produced_from:
        query = query.where(pumps.c.udi_produced >= s.produced_from)
    if s.produced_to:
        query = query.where(pumps.c.udi_produced <= s.produced_to)
    if s.serials or s.serial_ranges:
        options = []
        for column in (pumps.c.udi_serial, pumps.c.serial_number):
            if s.serials:
                options.append(column.in_(s.serials))
            options.extend(column.like(r.prefix.replace("%", "").replace("_", "") + "%")
                           for r in s.serial_ranges)
        query = query.where(or_(false(), *options))
    return query


def covered_rows(connection: Connection, selection: Selection,
                 extra: Iterable[Any] = ()) -> list[Any]:
    """The pumps ``selection`` covers, with ``extra`` columns, by registration."""
    query = _narrowed(select(*_COVER_COLUMNS, *extra), selection)
    return [row for row in connection.execute(query.order_by(pumps.c.registration))
            if selection.covers(row)]


def held_back(connection: Connection) -> Callable[[Any], bool] | None:
    """A test whether a row of pumps (with the columns ``covers`` reads) is kept from being
    lent by a recall; None while no recall is recorded (nothing is)."""
    known = Repository(connection).recalls()
    if not known:
        return None
    done = {(row.reference, row.pump) for row in connection.execute(
        select(recall_progress.c.reference, recall_progress.c.pump))}
    return lambda row: any(r.selection.covers(row) and (r.reference, row.registration)
                           not in done for r in known)


# -- recording ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecallSummary:
    reference: str
    title: str
    action: str
    total: int
    done: int
    recorded_at: dt.datetime | None = None

    @property
    def closed(self) -> bool:
        """Closed when every covered pump is done or retired."""
        return self.done >= self.total

    def as_json(self) -> dict[str, Any]:
        return {"reference": self.reference, "title": self.title, "action": self.action,
                "total": self.total, "done": self.done, "closed": self.closed,
                "recorded_at": self.recorded_at.isoformat() if self.recorded_at else None}


def preview_recall(station: Station, selection: SelectionInput) -> int:
    """How many pumps a selection covers now: the window shows it before saving."""
    with station.db.reading() as connection:
        checked = _selection(Repository(connection), selection)
        if checked.is_empty:
            return 0
        return len(covered_rows(connection, checked))


def define_recall(station: Station, reference: str, *, title: str, action: str,
                  selection: SelectionInput) -> RecallSummary:
    """Record a manufacturer's field safety notice (administrators only): from now on
    every pump it covers is kept from being lent until its action is done."""
    with station.unit_of_work() as uow:
        recall = new_recall(reference, title, action, _selection(uow.repo, selection))
        if uow.repo.recall(recall.reference) is not None:
            raise Refused(RefusalCode.DUPLICATE,
                          "Recall {reference} is already recorded: see it with recall show.",
                          reference=recall.reference)
        uow.record(define(station.ctx, recall))
        total = len(covered_rows(uow.connection, recall.selection))
        uow.commit()
    return RecallSummary(recall.reference, recall.title, recall.action.value, total, 0)


def record_done(station: Station, reference: str, scan: str, note: str | None) -> str:
    """The recall's action done for one pump (on site, or however the notice allows).
    Returns the pump's registration."""
    with station.unit_of_work() as uow:
        recall = find_recall(uow.repo, reference)
        pump = scan_pump(station, uow, scan)
        uow.record(mark_done(station.ctx, pump, recall, uow.repo.recalls_done(
            pump.registration), note), pump)
        uow.commit()
    return pump.registration


# -- where are they now ---------------------------------------------------------------------


@dataclass(frozen=True)
class CoveredPump:
    registration: str
    model: str
    serial: str | None
    lot: str | None
    produced: dt.date | None
    state: str
    where: str
    unit: str | None
    unit_name: str | None
    contact: str | None
    #: The patient as they may be shown ("protected identity" for a protected one).
    holder: str | None
    protected: bool
    loan_number: str | None
    done: bool
    done_how: str | None

    def as_json(self) -> dict[str, Any]:
        values = dict(self.__dict__)
        values["produced"] = self.produced.isoformat() if self.produced else None
        return values


@dataclass(frozen=True)
class PumpGroup:
    """Covered pumps in one place: the depot, one unit's stock, one unit's patients."""

    where: str
    unit: str | None
    unit_name: str | None
    contact: str | None
    pumps: tuple[CoveredPump, ...]


@dataclass(frozen=True)
class RecallView:
    recall: Recall
    summary: RecallSummary
    groups: tuple[PumpGroup, ...] = field(default_factory=tuple)

    @property
    def pumps(self) -> list[CoveredPump]:
        return [pump for group in self.groups for pump in group.pumps]

    def as_json(self) -> dict[str, Any]:
        return {**self.summary.as_json(), "selection": self.recall.selection.payload(),
                "groups": [{"where": g.where, "unit": g.unit, "unit_name": g.unit_name,
                            "contact": g.contact, "pumps": [p.as_json() for p in g.pumps]}
                           for g in self.groups]}


_ORDER = {Whereabouts.DEPOT: 0, Whereabouts.UNIT_STOCK: 1, Whereabouts.PATIENT: 2,
          Whereabouts.LOST: 3, Whereabouts.DONE: 4}


def _view(connection: Connection, recall: Recall, recorded_at: dt.datetime | None
          ) -> RecallView:
    extra = (care_units.c.name.label("unit_name"), care_units.c.contact_person,
             loans.c.number.label("loan_number"), loans.c.type.label("loan_type"),
             loans.c.protected_identity, loans.c.patient_id, current.c.id, current.c.kind,
             current.c.key, current.c.birth_date, current.c.name, current.c.merged_into)
    query = loan_person_join(
        _narrowed(select(*_COVER_COLUMNS, *extra), recall.selection)
        .outerjoin(care_units, care_units.c.customer_number == pumps.c.responsible_unit)
        .outerjoin(loans, loans.c.id == pumps.c.loan_id))
    done = dict(connection.execute(
        select(recall_progress.c.pump, recall_progress.c.how)
        .where(recall_progress.c.reference == recall.reference)).all())
    groups: dict[tuple[Whereabouts, str | None], list[CoveredPump]] = {}
    for row in connection.execute(query.order_by(pumps.c.registration)):
        if not recall.selection.covers(row):
            continue
        state = PumpState(row.state)
        finished = row.registration in done or state is PumpState.RETIRED
        where = whereabouts(state, finished)
        holder, protected = None, False
        if where is Whereabouts.PATIENT and row.loan_number is not None:
            holder, protected = holder_of(row)
        unit = row.responsible_unit if where is not Whereabouts.DEPOT else None
        groups.setdefault((where, unit), []).append(CoveredPump(
            registration=row.registration, model=row.model,
            serial=row.udi_serial or row.serial_number, lot=row.udi_lot,
            produced=row.udi_produced, state=row.state, where=where.value, unit=unit,
            unit_name=row.unit_name if unit else None,
            contact=row.contact_person if unit else None, holder=holder,
            protected=protected, loan_number=row.loan_number if unit else None,
            done=finished,
            done_how=done.get(row.registration) or ("retired" if finished else None)))
    ordered = sorted(groups.items(), key=lambda item: (_ORDER[item[0][0]], item[0][1] or ""))
    built = tuple(PumpGroup(where.value, unit, found[0].unit_name, found[0].contact,
                            tuple(found)) for (where, unit), found in ordered)
    total = sum(len(g.pumps) for g in built)
    finished_count = sum(1 for g in built for p in g.pumps if p.done)
    summary = RecallSummary(recall.reference, recall.title, recall.action.value, total,
                            finished_count, recorded_at)
    return RecallView(recall, summary, built)


def recall_view(station: Station, reference: str) -> RecallView:
    """The recall, its progress, and every covered pump grouped by where it is now."""
    with station.db.reading() as connection:
        repo = Repository(connection)
        recall = find_recall(repo, reference)
        recorded = connection.execute(select(recalls.c.recorded_at).where(
            recalls.c.reference == recall.reference)).scalar()
        return _view(connection, recall, recorded)


def recall_summaries(station: Station) -> list[RecallSummary]:
    """Every recall with its progress, open ones first, newest first."""
    with station.db.reading() as connection:
        rows = connection.execute(select(recalls.c.reference, recalls.c.recorded_at)).all()
        repo = Repository(connection)
        found = []
        for row in rows:
            recall = repo.recall(row.reference)
            assert recall is not None
            found.append(_view(connection, recall, row.recorded_at).summary)
    return sorted(found, key=lambda s: (s.closed, -(s.recorded_at or dt.datetime.min.replace(
        tzinfo=dt.UTC)).timestamp(), s.reference))


def model_names(station: Station) -> dict[str, str]:
    with station.db.reading() as connection:
        return {row.code: f"{row.make} {row.name}" for row in connection.execute(
            select(pump_models.c.code, pump_models.c.make, pump_models.c.name))}


def pumps_to_recall(station: Station) -> list[tuple[RecallSummary, CoveredPump]]:
    """Every covered pump whose recall action is still to be done (a lost one excepted:
    nobody can act on it), with its recall: work that falls due."""
    with station.db.reading() as connection:
        repo = Repository(connection)
        found = []
        for row in connection.execute(select(recalls.c.reference, recalls.c.recorded_at)
                                      .order_by(recalls.c.recorded_at)):
            recall = repo.recall(row.reference)
            assert recall is not None
            view = _view(connection, recall, row.recorded_at)
            found += [(view.summary, pump) for pump in view.pumps
                      if not pump.done and pump.where != Whereabouts.LOST]
    return found
