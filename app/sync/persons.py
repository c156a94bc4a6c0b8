"""The central person register: the region's one copy of every person record, changed only
by the changes counters hand in, and read back by every counter (by version).

Whatever order changes arrive in, one person ends as one record: a registration whose
identity another record already holds becomes an alias of it, and a conversion onto a
number another record holds merges the two (a counter asks for confirmation first; two
counters racing, one converting and one lending offline to the new number, meet here).
A protection erases the record and its earlier identities for good, and makes the
person's earlier prescriptions used (seed 002: "Förskrivning måste registreras på nytt").
"""

from __future__ import annotations

import json
from typing import Any, Sequence

import psycopg

from app.domain.identity import PROTECTED
from app.domain.loans import approval_key
from app.domain.persons import Person, alias, merged

_COLUMNS = "id, kind, key, birth_date, name, merged_into"
_SELECT = (f"SELECT {_COLUMNS}, version, ARRAY(SELECT k.key FROM person_keys k "
           "WHERE k.person_id = persons.id ORDER BY k.position) FROM persons")


def _person(row: Sequence[Any]) -> Person:
    id_, kind, key, born, name, into = row[:6]
    return Person.from_json({"id": id_, "kind": kind, "key": key, "birth_date": born,
                             "name": name, "merged_into": into, "earlier": row[7]})


class CentralRegister:
    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self.cursor = cursor

    # -- reading --------------------------------------------------------------------------

    def record(self, person_id: str) -> Person | None:
        self.cursor.execute(_SELECT + " WHERE id = %s", (person_id,))
        row = self.cursor.fetchone()
        return _person(row) if row else None

    def resolve(self, person_id: str) -> Person | None:
        found = self.record(person_id)
        return self.record(found.merged_into) if found and found.merged_into else found

    def holder(self, key: str) -> Person | None:
        self.cursor.execute("SELECT id FROM persons WHERE key = %s UNION "
                            "SELECT person_id FROM person_keys WHERE key = %s", (key, key))
        row = self.cursor.fetchone()
        return self.resolve(row[0]) if row else None

    def changed_since(self, version: int, limit: int) -> list[tuple[Person, int]]:
        self.cursor.execute(_SELECT + " WHERE version > %s ORDER BY version LIMIT %s",
                            (version, limit))
        return [(_person(row), row[6]) for row in self.cursor.fetchall()]

    # -- writing --------------------------------------------------------------------------

    def _write(self, person: Person) -> None:
        data = person.as_json()
        if person.key:
            self.cursor.execute("UPDATE persons SET key = NULL, version = "
                                "nextval('person_version') WHERE key = %s AND id <> %s",
                                (person.key, person.id))
        self.cursor.execute(
            f"INSERT INTO persons ({_COLUMNS}, version) VALUES (%s, %s, %s, %s, %s, %s, "
            "nextval('person_version')) ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, "
            "key = EXCLUDED.key, birth_date = EXCLUDED.birth_date, name = EXCLUDED.name, "
            "merged_into = EXCLUDED.merged_into, version = EXCLUDED.version",
            (data["id"], data["kind"], data["key"], data["birth_date"], data["name"],
             data["merged_into"]))
        self.cursor.execute("DELETE FROM person_keys WHERE person_id = %s OR key = ANY(%s)",
                            (person.id, list(person.keys())))
        for position, key in enumerate(person.earlier):
            self.cursor.execute("INSERT INTO person_keys (key, person_id, position) "
                                "VALUES (%s, %s, %s)", (key, person.id, position))

    def _alias(self, other: Person, into_id: str) -> None:
        """``other`` becomes an alias of ``into_id`` (and every alias of ``other`` too)."""
        self._write(alias(other.id, into_id))
        self.cursor.execute("UPDATE persons SET merged_into = %s, version = "
                            "nextval('person_version') WHERE merged_into = %s",
                            (into_id, other.id))

    def _unite(self, person: Person) -> None:
        """Write ``person``; any other record holding one of its identities is the same
        person, and is merged into it first (its identities kept as earlier ones)."""
        others: dict[str, Person] = {}
        for key in person.keys():
            holder = self.holder(key)
            if holder is not None and holder.id != person.id:
                others.setdefault(holder.id, holder)
        for other in others.values():
            person = merged(person, other)
            self._alias(other, person.id)
        self._write(person)

    def apply(self, change: dict[str, Any]) -> None:
        """One change a counter handed in. Applying it twice changes nothing more."""
        op = change["op"]
        if op == "protect":
            self._protect(change["person"])
        elif op == "merge":
            other, into = self.resolve(change["person"]), self.resolve(change["into"])
            if other and into and other.id != into.id and not into.protected:
                self._alias(other, into.id)
                self._unite(merged(into, other))
        else:  # register, convert: the record as the counter has it now
            self._take(Person.from_json(change["person"]))

    def _take(self, submitted: Person) -> None:
        stored = self.record(submitted.id)
        if stored is not None and (stored.merged_into or stored.protected):
            return  # merged away, or protected meanwhile: nothing of it is kept
        if stored == submitted:
            return  # handed in again: nothing new
        if stored is None and submitted.key:
            holder = self.holder(submitted.key)
            if holder is not None:  # met at two counters: the first record stands
                self._write(alias(submitted.id, holder.id))
                kept = merged(holder, submitted)
                if kept != holder:
                    self._unite(kept)
                return
        if stored is not None and stored.key and stored.key not in submitted.keys():
            return  # an older state of a record converted since: the central one stands
        self._unite(submitted)

    def _protect(self, person_id: str) -> None:
        person = self.resolve(person_id)
        if person is None:
            self._write(Person(person_id, PROTECTED))
            return
        self.cursor.execute("SELECT id FROM persons WHERE merged_into = %s", (person.id,))
        ids = [person.id, *(row[0] for row in self.cursor.fetchall())]
        self._write(Person(person.id, PROTECTED))
        self._use_prescriptions(ids)

    def _use_prescriptions(self, person_ids: list[str]) -> None:
        """Every prescription the person's loans were made on is used up."""
        self.cursor.execute(
            "SELECT event_id, payload::text FROM log WHERE outcome = 'accepted' "
            "AND type = ANY(%s) AND payload->'patient'->>'person' = ANY(%s) ORDER BY seq",
            (["issued_to_patient", "issued_for_transport", "prescribed_from_stock"],
             person_ids))
        for event_id, payload in self.cursor.fetchall():
            p = json.loads(payload)
            key = approval_key(p.get("approval"))
            if key:
                self.cursor.execute(
                    "INSERT INTO protected_prescriptions VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT DO NOTHING", (key, p["loan_id"], p["loan_number"], event_id))
