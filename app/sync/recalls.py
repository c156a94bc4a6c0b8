"""The region's recalls as the judge keeps them: every recall (a handful a year) and which
pumps have had their action done. An issue, dispatch or prescription of a pump a recall
covers, before its action is done, is a conflict — also one made offline before the counter
heard of the recall: the central order decides, never a counter's clock."""

from __future__ import annotations

import json
from typing import Any, Iterable

import psycopg

from app.domain.events import Event, EventType
from app.domain.pump import Pump
from app.domain.recalls import BLOCKED, Recall, blocking, recalled
from app.domain.refusals import Refused
from app.domain.rules import VERBS


class CentralRecalls:
    def __init__(self) -> None:
        self.recalls: dict[str, tuple[Recall, str]] | None = None
        self.done: dict[str, set[str]] = {}
        self._new_recalls: dict[str, tuple[Any, ...]] = {}
        self._new_done: list[tuple[str, str, str]] = []

    def load(self, cursor: psycopg.Cursor[Any], events: Iterable[Event]) -> None:
        if self.recalls is None:
            cursor.execute("SELECT reference, title, action, selection, event_id FROM recalls")
            self.recalls = {row[0]: (Recall.from_payload(
                {"reference": row[0], "title": row[1], "action": row[2],
                 "selection": row[3]}), row[4]) for row in cursor.fetchall()}
        if not self.recalls and not any(e.type is EventType.RECALL_DEFINED for e in events):
            return
        pumps = sorted({e.pump for e in events if e.pump} - set(self.done))
        if pumps:
            cursor.execute("SELECT pump, reference FROM recall_done WHERE pump = ANY(%s)",
                           (pumps,))
            self.done.update({pump: set() for pump in pumps})
            for pump, reference in cursor.fetchall():
                self.done[pump].add(reference)

    def refusal(self, pump: Pump | None, event: Event) -> tuple[Refused, str] | None:
        """Why ``event`` may not move ``pump`` (a recall covers it), with the recall's event."""
        if event.type not in BLOCKED or pump is None or not self.recalls:
            return None
        recall = blocking(pump, [r for r, _ in self.recalls.values()],
                          self.done.get(pump.registration, set()))
        if recall is None:
            return None
        return (recalled(event.type, pump, recall, VERBS[event.type]),
                self.recalls[recall.reference][1])

    def accept(self, event: Event) -> None:
        p = event.payload
        if event.type is EventType.RECALL_DEFINED:
            recall = Recall.from_payload(p)
            assert self.recalls is not None
            self.recalls[recall.reference] = (recall, event.id)
            self._new_recalls[recall.reference] = (
                recall.reference, recall.title, recall.action.value,
                json.dumps(recall.selection.payload()), event.id)
        reference = p.get("recall") if event.type in (
            EventType.RECALL_DONE, EventType.BACK_FROM_SERVICE) else None
        if reference and event.pump:
            done = self.done.setdefault(event.pump, set())
            if reference not in done:
                done.add(reference)
                self._new_done.append((reference, event.pump, event.id))

    def write(self, cursor: psycopg.Cursor[Any]) -> None:
        if self._new_recalls:
            cursor.executemany(
                "INSERT INTO recalls (reference, title, action, selection, event_id) "
                "VALUES (%s, %s, %s, %s::jsonb, %s) ON CONFLICT (reference) DO UPDATE SET "
                "title = EXCLUDED.title, action = EXCLUDED.action, "
                "selection = EXCLUDED.selection, event_id = EXCLUDED.event_id",
                list(self._new_recalls.values()))
            self._new_recalls = {}
        if self._new_done:
            cursor.executemany(
                "INSERT INTO recall_done (reference, pump, event_id) VALUES (%s, %s, %s) "
                "ON CONFLICT DO NOTHING", self._new_done)
            self._new_done = []
