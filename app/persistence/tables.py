"""The tables of ``models`` as Core ``Table`` objects, for the statements the counter runs
on every scan: Core on one connection costs a fraction of an ORM session's bookkeeping."""

from app.persistence.models import (
    BufferTargetRow,
    ReplenishmentRunRow,
    TargetRequestRow,
    CareUnitRow,
    CountRow,
    CountScanRow,
    EventRow,
    FaultReportRow,
    LoanPumpRow,
    LoanRow,
    MetaRow,
    PersonKeyRow,
    PersonOutboxRow,
    PersonRow,
    PumpModelRow,
    PrescriberRow,
    ProductAreaRow,
    PumpRow,
    RecallProgressRow,
    RecallRow,
    StaffRow,
    SyncConflictRow,
    SyncLogRow,
    SyncOutboxRow,
)

pump_models = PumpModelRow.__table__
care_units = CareUnitRow.__table__
staff = StaffRow.__table__
prescribers = PrescriberRow.__table__
product_areas = ProductAreaRow.__table__
persons = PersonRow.__table__
person_keys = PersonKeyRow.__table__
person_outbox = PersonOutboxRow.__table__
loans = LoanRow.__table__
loan_pumps = LoanPumpRow.__table__
pumps = PumpRow.__table__
fault_reports = FaultReportRow.__table__
events = EventRow.__table__
meta = MetaRow.__table__
buffer_targets = BufferTargetRow.__table__
target_requests = TargetRequestRow.__table__
replenishment_runs = ReplenishmentRunRow.__table__
sync_outbox = SyncOutboxRow.__table__
sync_log = SyncLogRow.__table__
sync_conflicts = SyncConflictRow.__table__
recalls = RecallRow.__table__
recall_progress = RecallProgressRow.__table__
counts = CountRow.__table__
count_scans = CountScanRow.__table__
