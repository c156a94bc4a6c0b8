"""One function per counter action on a pump. Each reads the scan, loads the pump,
lets the rules decide, and records state and event in one transaction — or raises
``Refused`` having changed nothing."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from typing import Callable, Mapping, Sequence

from app.domain import rules
from app.domain.events import Event, EventType
from app.domain.identity import IdentityKind, PatientIdentity, check_country, parse_identity
from app.domain.loans import LoanTerms, LoanType, patient_loan_terms, prescription_used
from app.domain.persons import Person, check_registered_identity
from app.domain.pump import Pump
from app.domain.recalls import ACTION_TODO, Recall, check_reference, recall_fault, recalled
from app.domain.reference import CareUnit, check_customer_number, check_gtin, check_udi_gtin
from app.domain.refusals import RefusalCode, Refused
from app.domain.rules import ServiceReason
from app.domain.scan import check_registration, parse_udi, read_scan
from app.domain.states import PumpState
from app.persistence.payers import PayerRegister
from app.persistence.persons import PersonRegister
from app.persistence.repository import LoanSummary, Repository
from app.persistence.unit_of_work import UnitOfWork
from app.services.loan_consumables import Packs, checked_packs, prescription_event
from app.services.prescribers import loan_prescriber
from app.services.results import ActionResult
from app.services.station import Station


def unknown_pump(text: str) -> Refused:
    return Refused(RefusalCode.UNKNOWN_PUMP,
                   "No pump matches '{text}': check the label and scan again, or register "
                   "the pump first.", text=text.strip())


def find_pump(repo: Repository, scan: str) -> Pump:
    pump = repo.pump_by_scan(read_scan(scan))
    if pump is None:
        raise unknown_pump(scan)
    return pump


def scan_pump(station: Station, uow: UnitOfWork, scan: str) -> Pump:
    """The pump a scan names, inside an action. A UDI label carrying a lot, production
    date or expiry the pump lacks (registered without them) records them first, in the
    action's own transaction — unless the one scanning may not record them (a technician
    without the counter role: the next counter scan will)."""
    code = read_scan(scan)
    pump = uow.repo.pump_by_scan(code)
    if pump is None:
        raise unknown_pump(scan)
    event = rules.record_udi(station.ctx, pump, code.production)
    if event is not None:
        try:
            uow.check_actor(event)
        except Refused:
            return pump
        pump = uow.record(event, pump)
    return pump


def record_label(station: Station, scan: str) -> bool:
    """A UDI label scanned only to look its pump up (the Pump tab): the lot, production date
    and expiry it carries that the pump lacks are recorded. False, having written nothing,
    when there is nothing to record."""
    code = read_scan(scan)
    if not code.production:
        return False
    with station.db.reading() as connection:  # most scans: nothing new, no write lock
        pump = Repository(connection).pump_by_scan(code)
        if pump is None or rules.record_udi(station.ctx, pump, code.production) is None:
            return False
    with station.unit_of_work() as uow:
        pump = uow.repo.pump_by_scan(code)
        event = rules.record_udi(station.ctx, pump, code.production) if pump else None
        if event is None:
            return False
        uow.record(event, pump)
        uow.commit()
    return True


def find_recall(repo: Repository, reference: str) -> Recall:
    ref = check_reference(reference)
    recall = repo.recall(ref)
    if recall is None:
        raise Refused(RefusalCode.UNKNOWN_CODE,
                      "No recall has reference {reference}: check the notice's number, or "
                      "record the recall first.", reference=ref)
    return recall


def check_recall(repo: Repository, action: EventType, pump: Pump) -> None:
    """Refuse to put a pump a recall covers into anyone's hands before its action is done."""
    recall = repo.blocking_recall(pump)
    if recall is not None:
        raise recalled(action, pump, recall, rules.VERBS[action])


def find_unit(repo: Repository, customer_number: str) -> CareUnit:
    number = check_customer_number(customer_number)
    unit = repo.unit(number)
    if unit is None:
        raise Refused(RefusalCode.UNKNOWN_UNIT,
                      "No care unit has customer number {customer_number}: check the number "
                      "or add the unit.", customer_number=number)
    return unit


def _result(uow: UnitOfWork, event: Event, before: Pump | None, after: Pump,
            held: LoanSummary | None = None) -> ActionResult:
    model = uow.repo.model(after.model)
    loan = held or uow.repo.loan_summary(after.loan_id)
    recall = uow.repo.blocking_recall(after)
    return ActionResult(
        event_id=event.id, event_type=event.type.value, registration=after.registration,
        model=after.model, model_name=f"{model.make} {model.name}" if model else after.model,
        state=after.state.value, previous_state=before.state.value if before else None,
        holder=held.holder if held else None,
        holder_unit=held.unit_name if held else None,
        held_since=held.started_at if held else None,
        loan_number=loan.number if loan else None,
        responsible_unit=after.responsible_unit,
        open_faults=after.open_faults,
        send_back_to=after.return_to if after.state is PumpState.RETURNING else None,
        recall=recall.reference if recall else None,
        recall_todo=ACTION_TODO[recall.action] if recall else None,
    )


def act(station: Station, scan: str,
        decide: Callable[[UnitOfWork, Pump], Event], *, report_holder: bool = False
        ) -> ActionResult:
    """One action on the pump ``scan`` names: ``decide`` makes its event from the pump as
    it is (or refuses), recorded with the state it changes in one transaction."""
    with station.unit_of_work() as uow:
        before = scan_pump(station, uow, scan)
        held = uow.repo.loan_summary(before.loan_id, before.responsible_unit) \
            if report_holder else None
        event = decide(uow, before)
        after = uow.record(event, before)
        result = _result(uow, event, before, after, held)
        uow.commit()
    return result


# -- registering ------------------------------------------------------------------------


def register_pump(station: Station, registration: str, model: str,
                  serial_number: str | None = None, udi: str | None = None) -> ActionResult:
    """A new pump enters the register, ready for its first loan."""
    reg = check_registration(registration)
    udi_keys, production = None, None
    if udi:
        code = read_scan(udi)
        parsed = parse_udi(code.text)
        if parsed is None or parsed[1] is None:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "'{udi}' is not a GS1 UDI with GTIN (01) and serial (21).", udi=udi)
        udi_keys = (check_gtin(parsed[0]), parsed[1])
        production = code.production
    with station.unit_of_work() as uow:
        found = uow.repo.model(model)
        if found is None:
            raise Refused(RefusalCode.UNKNOWN_MODEL,
                          "No pump model '{model}': see the list of models.", model=model)
        if udi_keys:
            check_udi_gtin(found, udi_keys[0])
        if uow.repo.registration_taken(reg):
            raise Refused(RefusalCode.DUPLICATE,
                          "{registration} is already registered; scan it to see its state.",
                          registration=reg)
        if udi_keys and (other := uow.repo.udi_taken(*udi_keys)):
            raise Refused(RefusalCode.DUPLICATE,
                          "That UDI already belongs to pump {registration}.",
                          registration=other)
        event = rules.register(station.ctx, reg, found,
                               (serial_number or "").strip() or None, udi_keys, production)
        after = uow.record(event)
        result = _result(uow, event, None, after)
        uow.commit()
    return result


# -- lending ----------------------------------------------------------------------------


def _patient(uow: UnitOfWork, text: str, name: str | None) -> tuple[PatientIdentity, str | None]:
    """The person a loan is for, from the register (by any identity they have had), or new
    to it: added in the loan's own transaction, with a random id that tells nothing of them.
    Two counters that meet the same new person offline give two ids; the central register
    makes one an alias of the other."""
    identity = parse_identity(text, name)
    check_country(identity, uow.repo.country())
    if identity.is_protected:
        return identity, None
    register = PersonRegister(uow.connection)
    found = register.by_key(identity.key or "")
    if found is not None:
        check_registered_identity(found, identity)
        return found.identity, found.id
    if identity.kind is IdentityKind.LMA and identity.birth_date is None:
        raise Refused(RefusalCode.INVALID_IDENTITY,
                      "{key} is not in the register yet: for the first loan give the birth "
                      "date too (LMA YYYYMMDD NN-NNNNNN).", key=identity.key)
    person = Person(str(uuid.uuid4()), identity)
    register.add(person)
    return identity, person.id


def person_for(uow: UnitOfWork, text: str,
               name: str | None) -> tuple[PatientIdentity, str | None]:
    """The person ``text`` names, from the register or new to it (as for a loan)."""
    return _patient(uow, text, name)


def _check_prescription_unused(repo: Repository, terms: LoanTerms) -> None:
    """Seed 002: a protected person's prescription is good for one withdrawal only."""
    if terms.patient is None or not terms.patient.is_protected:
        return
    used = repo.protected_loan_on(terms.approval or "")
    if used is not None:
        raise prescription_used(terms.approval or "", used)


def _with_prescriber(uow: UnitOfWork, terms: LoanTerms, prescriber: str | None,
                     pumps: Sequence[Pump], packs: Packs | None = None) -> LoanTerms:
    """The loan's terms with its prescriber checked against the register (seed 002): one
    who may prescribe every pump's product area for the loan's unit, and every product
    area of the consumables prescribed with it."""
    areas = {model.product_area for pump in pumps
             if (model := uow.repo.model(pump.model)) is not None}
    if packs is not None:
        areas |= packs.areas
        terms = replace(terms, consumables=packs.counts())
    chosen = loan_prescriber(uow.connection, prescriber, terms.responsible_unit, areas,
                             uow.repo.requires_specialist())
    if chosen.id is None and chosen.verified:
        return terms  # no register kept: as typed
    return replace(terms, prescriber=chosen.name, prescriber_id=chosen.id,
                   prescriber_verified=chosen.verified)


def _prescribe_packs(station: Station, uow: UnitOfWork, terms: LoanTerms,
                    packs: Packs | None) -> None:
    """The loan's consumables, prescribed with it (in its transaction), linked to it."""
    if packs is None or terms.patient is None:
        return
    _prescription, event = prescription_event(
        station, uow.connection, person_id=terms.patient_id,
        protected=terms.patient.is_protected,
        prescriber=terms.prescriber_id or terms.prescriber or "",
        prescriber_name=terms.prescriber or "", unit=terms.responsible_unit.customer_number,
        lines=packs.lines, loan_id=terms.loan_id)
    uow.record(event)


def billed_for(repo: Repository, terms: LoanTerms, pump: Pump) -> LoanTerms:
    """``terms`` for one of the loan's pumps, with the payer it is billed to decided now
    and recorded with it (seed 002): the billed unit's payer for the pump model's product
    area, else its payer for every area, else the unit itself. The billed unit is the
    responsible one, or the asylum unit for asylum seekers and people without permits."""
    model = repo.model(pump.model)
    billed = terms.responsible_unit
    if terms.billing_unit != billed.customer_number:
        billed = repo.unit(terms.billing_unit) or billed
    payer = PayerRegister(repo.db).loan_payer(billed, model.product_area if model else "")
    return replace(terms, payer=payer)


def _loan_number(station: Station, repo: Repository) -> str:
    """``WORKSTATION-NNNNNN``: unique in the region as long as workstation ids are. Six
    digits keep text order equal to number order for a million loans per workstation. The
    number comes from a counter that never goes back (a refused loan's number stays
    used); the central judge refuses a number given twice (a restored database)."""
    ws = station.ctx.workstation
    serial = repo.last_loan_number(ws) + 1
    repo.loan_number_given(serial)  # in the loan's own transaction: used, even if refused
    return f"{ws}-{serial:06d}"


def issue_pumps(station: Station, scans: Sequence[str], *, patient: str, unit: str,
                approval: str | None, transport: bool = False, prescriber: str | None = None,
                patient_name: str | None = None,
                consumables: Mapping[str, int] | None = None) -> list[ActionResult]:
    """Lend one or more ready pumps under one loan, to a patient or for a transport."""
    if not scans:
        raise Refused(RefusalCode.INVALID_INPUT, "Scan at least one pump for the loan.")
    with station.unit_of_work() as uow:
        responsible = find_unit(uow.repo, unit)
        identity, patient_id = _patient(uow, patient, patient_name)
        found = [scan_pump(station, uow, scan) for scan in scans]
        terms = patient_loan_terms(
            loan_id=str(uuid.uuid4()), number=_loan_number(station, uow.repo),
            transport=transport, unit=responsible, patient=identity, patient_id=patient_id,
            approval=approval, prescriber=prescriber, consumables=consumables or {},
            asylum_unit=uow.repo.asylum_unit(),
            require_specialist=uow.repo.requires_specialist(),
            transport_due=station.ctx.today()
            + dt.timedelta(days=uow.repo.transport_due_days()))
        packs = checked_packs(uow.connection, consumables)
        terms = _with_prescriber(uow, terms, prescriber, found, packs)
        _check_prescription_unused(uow.repo, terms)
        results = []
        seen: set[str] = set()
        for before in found:
            if before.registration in seen:
                raise Refused(RefusalCode.DUPLICATE,
                              "{registration} was scanned twice into this loan.",
                              registration=before.registration)
            seen.add(before.registration)
            event = rules.issue(station.ctx, before, billed_for(uow.repo, terms, before))
            check_recall(uow.repo, event.type, before)
            after = uow.record(event, before)
            results.append(_result(uow, event, before, after))
        _prescribe_packs(station, uow, terms, packs)
        uow.commit()
    return results


def issue_pump(station: Station, scan: str, **terms: object) -> ActionResult:
    return issue_pumps(station, [scan], **terms)[0]  # type: ignore[arg-type]


def unit_buffer_terms(station: Station, repo: Repository, unit: CareUnit,
                      pump: Pump) -> LoanTerms:
    """The terms ``pump`` goes to a unit's buffer stock on: the unit answers, and its payer
    for the pump's product area pays."""
    return billed_for(repo, LoanTerms(
        loan_id=str(uuid.uuid4()), number=_loan_number(station, repo),
        loan_type=LoanType.UNIT_BUFFER, responsible_unit=unit,
        billing_unit=unit.customer_number), pump)


def dispatch_pump(station: Station, scan: str, *, unit: str) -> ActionResult:
    """Ship a ready pump to a hospital unit's buffer stock."""
    def decide(uow: UnitOfWork, pump: Pump) -> Event:
        terms = unit_buffer_terms(station, uow.repo, find_unit(uow.repo, unit), pump)
        event = rules.dispatch(station.ctx, pump, terms)
        check_recall(uow.repo, event.type, pump)
        return event
    return act(station, scan, decide)


def prescribe_pump(station: Station, scan: str, *, patient: str, approval: str | None,
                   prescriber: str | None = None, patient_name: str | None = None,
                   consumables: Mapping[str, int] | None = None) -> ActionResult:
    """A unit hands a pump from its buffer stock to a patient (the depot registers it)."""
    def decide(uow: UnitOfWork, pump: Pump) -> Event:
        if pump.responsible_unit is None:
            raise rules.refusal(EventType.PRESCRIBED_FROM_STOCK, pump)
        identity, patient_id = _patient(uow, patient, patient_name)
        terms = patient_loan_terms(
            loan_id=str(uuid.uuid4()), number=_loan_number(station, uow.repo), transport=False,
            unit=find_unit(uow.repo, pump.responsible_unit), patient=identity,
            patient_id=patient_id, approval=approval, prescriber=prescriber,
            consumables=consumables or {}, asylum_unit=uow.repo.asylum_unit(),
            require_specialist=uow.repo.requires_specialist())
        packs = checked_packs(uow.connection, consumables)
        terms = _with_prescriber(uow, terms, prescriber, [pump], packs)
        _check_prescription_unused(uow.repo, terms)
        event = rules.prescribe(station.ctx, pump, billed_for(uow.repo, terms, pump))
        check_recall(uow.repo, event.type, pump)
        _prescribe_packs(station, uow, terms, packs)
        return event
    return act(station, scan, decide)


def move_pump(station: Station, scan: str, *, unit: str) -> ActionResult:
    """Responsibility moves to another unit: with the patient's care, or between stocks."""
    return act(station, scan,
               lambda uow, pump: rules.move(station.ctx, pump, find_unit(uow.repo, unit)))


# -- coming back ------------------------------------------------------------------------


def return_pump(station: Station, scan: str, *, fault: str | None = None,
                fault_category: str | None = None) -> ActionResult:
    """The returns desk: one scan returns one pump; with a fault note (or an open fault) it
    goes to faulty. A transport pump on its way back is received by the counter that lent
    it with the same scan."""
    def decide(uow: UnitOfWork, pump: Pump) -> Event:
        note = rules.fault_payload(str(uuid.uuid4()), fault, fault_category) if fault else None
        if pump.state is PumpState.RETURNING and pump.return_to == station.ctx.workstation:
            if note is not None:
                raise Refused(RefusalCode.INVALID_INPUT,
                              "Receive {registration} first, then report its fault.",
                              registration=pump.registration)
            return rules.receive_back(station.ctx, pump)
        recall = uow.repo.blocking_recall(pump)
        if note is None and recall is not None:  # to faulty, with the recall as its fault
            note = recall_fault(str(uuid.uuid4()), recall)
        return rules.return_pump(station.ctx, pump, note)
    return act(station, scan, decide, report_holder=True)


def receive_back(station: Station, scan: str) -> ActionResult:
    """The lending counter takes in a transport pump returned at another counter."""
    return act(station, scan, lambda uow, pump: rules.receive_back(station.ctx, pump))


def clean_pump(station: Station, scan: str) -> ActionResult:
    return act(station, scan, lambda uow, pump: rules.clean(station.ctx, pump))


def report_fault(station: Station, scan: str, description: str,
                 category: str | None = None) -> ActionResult:
    def decide(uow: UnitOfWork, pump: Pump) -> Event:
        note = rules.fault_payload(str(uuid.uuid4()), description, category)
        return rules.report_fault(station.ctx, pump, note)
    return act(station, scan, decide, report_holder=True)


def send_to_service(station: Station, scan: str, *, reason: str) -> ActionResult:
    try:
        why = ServiceReason(reason)
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{reason}' is not a service reason: repair or maintenance.",
                      reason=reason) from None
    return act(station, scan, lambda uow, pump: rules.send_to_service(station.ctx, pump, why))


def back_from_service(station: Station, scan: str, *, repair: str | None = None,
                      no_fault_found: bool = False, recall: str | None = None) -> ActionResult:
    """Back from service: open fault reports close with what was repaired recorded (or
    that no fault was found). Naming a recall records its action done for the pump."""
    done = rules.NO_FAULT_FOUND if no_fault_found else repair

    def decide(uow: UnitOfWork, pump: Pump) -> Event:
        named = find_recall(uow.repo, recall) if recall else None
        if named is not None and not named.selection.covers(pump):
            raise Refused(RefusalCode.INVALID_INPUT,
                          "Recall {reference} does not cover {registration}: check the pump.",
                          reference=named.reference, registration=pump.registration)
        repaired = done
        if named is not None and not repaired and pump.open_faults:
            repaired = f"recall {named.reference}"  # its own open fault, closed by its action
        return rules.back_from_service(station.ctx, pump, uow.repo.model(pump.model), repaired,
                                       recall=named.reference if named else None)
    return act(station, scan, decide)


def report_lost(station: Station, scan: str) -> ActionResult:
    return act(station, scan, lambda uow, pump: rules.report_lost(station.ctx, pump),
               report_holder=True)


def retire_pump(station: Station, scan: str) -> ActionResult:
    return act(station, scan, lambda uow, pump: rules.retire(station.ctx, pump))
