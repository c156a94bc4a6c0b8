"""docs/pump-states.md is the code's table: every move it lists is the code's, and the
code has no move it does not list."""

from __future__ import annotations

import re
from pathlib import Path

from app.domain.events import EventType
from app.domain.rules import ALLOWED_FROM
from app.domain.states import FAULT_KEEPS_STATE, PumpState

DOC = Path(__file__).resolve().parents[2] / "docs" / "pump-states.md"


def _moves() -> dict[str, set[str]]:
    """event → the states the document says it may come from."""
    text = DOC.read_text(encoding="utf-8").split("## Moves", 1)[1].split("```", 1)[0]
    moves: dict[str, set[str]] = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("`"):
            continue
        moves.setdefault(cells[0].strip("`"), set()).update(re.findall(r"`(\w+)`", cells[1]))
    return moves


def test_the_page_lists_every_state() -> None:
    states = re.findall(r"^\| `(\w+)` \|", DOC.read_text(encoding="utf-8"), re.MULTILINE)
    assert set(states) >= {s.value for s in PumpState}


def test_the_pages_moves_are_the_codes() -> None:
    documented = _moves()
    coded = {e.value: {s.value for s in froms} for e, froms in ALLOWED_FROM.items()}
    coded[EventType.PUMP_REGISTERED.value] = set()
    assert documented == coded


def test_the_pages_unchanged_fault_states_are_the_codes() -> None:
    line = next(l for l in DOC.read_text(encoding="utf-8").splitlines()
                if l.startswith("| `fault_reported`") and "unchanged" in l)
    assert set(re.findall(r"`(\w+)`", line.split("|")[2])) == {s.value for s in FAULT_KEEPS_STATE}
