"""The local database's tables, by name (defined in ``models``): Core on one connection
costs a fraction of an ORM session's bookkeeping, for the statements the counter runs on
every scan."""

from app.persistence.models import (  # noqa: F401 - this module is where they are taken from
    articles,
    buffer_targets,
    care_units,
    consumable_prescriptions,
    count_scans,
    counts,
    events,
    fault_reports,
    loan_pumps,
    loans,
    meta,
    payers,
    person_keys,
    person_outbox,
    persons,
    prescribers,
    product_areas,
    pump_models,
    pumps,
    recall_progress,
    recalls,
    replenishment_runs,
    staff,
    sync_conflicts,
    sync_log,
    sync_outbox,
    target_requests,
    unit_payers,
)
