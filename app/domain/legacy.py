"""Event payloads as PumpDesk 0.1 wrote them, and what they become now that events carry no
personal data. The migrations of both databases (the workstation's and the central one)
rewrite the log with this, so every copy of an event reads the same afterwards."""

from __future__ import annotations

from typing import Any

#: Events that started a loan, whose payload named the patient in full.
LOAN_STARTS = frozenset({"issued_to_patient", "issued_for_transport", "dispatched_to_unit",
                         "prescribed_from_stock"})


def patient_of(payload: dict[str, Any]) -> dict[str, Any] | None:
    """The old payload's patient: {id, kind, key, birth_date, name}, or {kind: protected}."""
    patient = payload.get("patient")
    return patient if isinstance(patient, dict) else None


def without_personal_data(event_type: str, payload: dict[str, Any]) -> dict[str, Any] | None:
    """``payload`` with the person named by register id only, or None if it holds no
    personal data (already rewritten, or never had any)."""
    if event_type in LOAN_STARTS:
        patient = patient_of(payload)
        if patient is None or set(patient) <= {"person", "kind"} and "key" not in patient:
            return None
        if patient.get("kind") == "protected":
            shown: dict[str, Any] = {"kind": "protected"}
        else:
            shown = {"person": patient.get("id")}
        return {**payload, "patient": shown}
    if event_type == "identity_converted" and "patient_id" in payload:
        merged_into = payload.get("merge_into")
        return {"person": payload["patient_id"],
                **({"merged_into": merged_into} if merged_into else {})}
    return None
