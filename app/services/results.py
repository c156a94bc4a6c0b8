"""What an action reports back: enough for a banner, a status line or a receipt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ActionResult:
    event_id: str
    event_type: str
    registration: str
    model: str
    model_name: str
    state: str
    previous_state: str | None
    #: Who had the pump before this action (patient or unit as they may be shown).
    holder: str | None = None
    holder_unit: str | None = None
    #: Since when they had it.
    held_since: dt.datetime | None = None
    loan_number: str | None = None
    responsible_unit: str | None = None
    #: Open fault reports on the pump after the action (a fault phoned in on a loan).
    open_faults: int = 0
    #: The counter a transport pump returned here must be sent back to.
    send_back_to: str | None = None
    #: The recall that keeps the pump from being lent (its reference), and what must be
    #: done first (an English phrase, translated where shown).
    recall: str | None = None
    recall_todo: str | None = None
