"""The workstation's copy of the person register, on one transaction's connection.

Changes made here apply at once and are queued (``person_outbox``) for the central register,
which decides for the region and sends every changed record back (``apply_central``).
Records are never deleted: a merged record becomes an alias pointing to the one it is
now, and a protected person's record keeps nothing but its id.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from typing import Any, Iterable, Sequence

from sqlalchemy import Connection, Row, bindparam, delete, func, insert, or_, select, union, \
    update

from app.domain.identity import PROTECTED, IdentityKind, PatientIdentity
from app.domain.persons import Person, alias
from app.persistence.database import execute_rows, json_values
from app.persistence.delivery import erase_addresses
from app.persistence.tables import loans, person_keys, person_outbox, persons

#: The record a row of ``loans`` (or anything holding a person id) stands for now: the
#: person itself, or the record an alias was merged into.
named = persons.alias("named")
current = persons.alias("current")


def loan_person_join(query: Any, loan_table: Any = loans) -> Any:
    """``query`` joined to the person each loan names, as the register says now."""
    return (query.outerjoin(named, named.c.id == loan_table.c.patient_id)
            .outerjoin(current, current.c.id == func.coalesce(named.c.merged_into,
                                                                named.c.id)))


def person_from_row(row: Row[Any], earlier: Iterable[str] = ()) -> Person:
    identity = PatientIdentity(IdentityKind(row.kind), row.key, row.birth_date, row.name)
    return Person(row.id, identity, tuple(earlier), row.merged_into)


_ids_here = select(persons.c.id).where(persons.c.id.in_(json_values("ids")))
_keys_here = union(select(persons.c.key).where(persons.c.key.in_(json_values("keys"))),
                   select(person_keys.c.key).where(person_keys.c.key.in_(json_values("keys"))))
_insert_person = insert(persons)
_insert_key = insert(person_keys)
_stored_among = select(persons).where(persons.c.id.in_(json_values("ids")))
_earlier_among = (select(person_keys.c.person_id, person_keys.c.key)
                  .where(person_keys.c.person_id.in_(json_values("ids")))
                  .order_by(person_keys.c.person_id, person_keys.c.position))
_key_holders = select(persons.c.key, persons.c.id).where(persons.c.key.in_(json_values("keys")))
_set_version = update(persons).where(persons.c.id == bindparam("_id"))


def _row_values(person: Person) -> dict[str, Any]:
    return {"id": person.id, "kind": person.identity.kind.value, "key": person.key,
            "birth_date": person.identity.birth_date, "name": person.name,
            "merged_into": person.merged_into}


class PersonRegister:
    def __init__(self, connection: Connection) -> None:
        self.db = connection

    # -- reading --------------------------------------------------------------------------

    def _earlier(self, person_id: str) -> tuple[str, ...]:
        return tuple(self.db.execute(
            select(person_keys.c.key).where(person_keys.c.person_id == person_id)
            .order_by(person_keys.c.position)).scalars())

    def record(self, person_id: str) -> Person | None:
        """The record with this id as it is stored (an alias stays an alias)."""
        row = self.db.execute(select(persons).where(persons.c.id == person_id)).first()
        return person_from_row(row, self._earlier(row.id)) if row else None

    def by_id(self, person_id: str) -> Person | None:
        """The person an id stands for now, following a merge."""
        found = self.record(person_id)
        if found is not None and found.merged_into:
            return self.record(found.merged_into)
        return found

    def by_key(self, key: str) -> Person | None:
        """The person known now or before by the identity ``key``."""
        person_id = self.db.execute(select(persons.c.id).where(persons.c.key == key)).scalar()
        if person_id is None:
            person_id = self.db.execute(select(person_keys.c.person_id)
                                        .where(person_keys.c.key == key)).scalar()
        return self.by_id(person_id) if person_id else None

    def count(self) -> int:
        return self.db.execute(select(func.count()).select_from(persons).where(
            persons.c.merged_into.is_(None))).scalar_one()

    # -- changing here, handing in later --------------------------------------------------

    def _queue(self, person_id: str, change: dict[str, Any]) -> None:
        self.db.execute(insert(person_outbox).values(
            change_id=str(uuid.uuid4()), person_id=person_id, change=change))

    def _write(self, person: Person) -> None:
        """Store ``person`` as it stands, its earlier identities with it."""
        values = _row_values(person)
        taken = self.db.execute(select(persons.c.id).where(
            persons.c.key == person.key, persons.c.id != person.id)).scalar() \
            if person.key else None
        if taken is not None:  # the central register moved the key: the other lets go
            self.db.execute(update(persons).where(persons.c.id == taken).values(key=None))
        if self.db.execute(select(persons.c.id).where(persons.c.id == person.id)).first():
            self.db.execute(update(persons).where(persons.c.id == person.id).values(
                **{k: v for k, v in values.items() if k != "id"}))
        else:
            self.db.execute(insert(persons).values(**values))
        self.db.execute(delete(person_keys).where(or_(
            person_keys.c.person_id == person.id,
            person_keys.c.key.in_(person.keys()))))
        if person.earlier:
            self.db.execute(insert(person_keys), [
                {"key": key, "person_id": person.id, "position": index}
                for index, key in enumerate(person.earlier)])

    def add(self, person: Person) -> None:
        """A person new to the register (at their first loan)."""
        self._write(person)
        self._queue(person.id, {"op": "register", "person": person.as_json()})

    def convert(self, before: Person, after: Person) -> None:
        self._write(after)
        self._queue(after.id, {"op": "convert", "person": after.as_json(),
                               "from_key": before.key})

    def merge(self, other: Person, into: Person) -> None:
        """``other`` is ``into``: ``into`` takes its identities, ``other`` becomes an alias
        (and so do the aliases that pointed to it)."""
        self._write(alias(other.id, into.id))
        self.db.execute(update(persons).where(persons.c.merged_into == other.id)
                        .values(merged_into=into.id))
        self._write(into)
        self._queue(other.id, {"op": "merge", "person": other.id, "into": into.id})

    def protect(self, person: Person) -> None:
        """Erase the person's data here and queue the same for the region. Changes still
        waiting to be handed in go, as they carry the data; the protection alone travels."""
        self.db.execute(delete(person_outbox).where(person_outbox.c.person_id.in_(
            select(persons.c.id).where(or_(persons.c.id == person.id,
                                           persons.c.merged_into == person.id))
            .scalar_subquery())))
        self.db.execute(delete(person_keys).where(person_keys.c.person_id == person.id))
        self.db.execute(update(persons).where(persons.c.id == person.id).values(
            kind=IdentityKind.PROTECTED.value, key=None, birth_date=None, name=None))
        erase_addresses(self.db, person.id)  # the delivery addresses of their orders too
        self._queue(person.id, {"op": "protect", "person": person.id})

    def pending(self, limit: int) -> list[tuple[int, str, dict[str, Any]]]:
        """The oldest changes not yet handed in: (seq, change id, change)."""
        return [(row.seq, row.change_id, row.change) for row in self.db.execute(
            select(person_outbox).order_by(person_outbox.c.seq).limit(limit))]

    def pending_count(self) -> int:
        return self.db.execute(select(func.count()).select_from(person_outbox)).scalar_one()

    def handed_in(self, seqs: list[int]) -> None:
        if seqs:
            self.db.execute(delete(person_outbox).where(person_outbox.c.seq.in_(seqs)))

    # -- what the central register decided ------------------------------------------------

    def apply_central(self, records: Iterable[tuple[Person, int]]) -> None:
        """Central records (each with its version), in version order, replace the local
        ones. Never undoes a protection still waiting to be handed in, and never fails on
        a key held here by a record the central register has not seen: that record is the
        same person, so it becomes an alias of the central one."""
        records = list(records)
        protecting = {change["person"] for _seq, _id, change in self.pending(10_000)
                      if change["op"] == "protect"}
        alone = self._alone(records, protecting)
        fresh = self._fresh(records, alone)
        settled = self._settled(records, alone - fresh)
        added: list[tuple[Person, int]] = []
        for person, version in records:
            if person.id in fresh:
                added.append((person, version))
                continue
            if person.id in settled:
                continue  # given its version below: nothing else of it changes
            self._add(added)  # in version order: what came before goes in first
            added = []
            if person.id in protecting and not person.merged_into:
                person = Person(person.id, PROTECTED)
            for key in person.keys():
                holder = self.db.execute(select(persons.c.id, persons.c.version).where(
                    persons.c.key == key, persons.c.id != person.id)).first()
                if holder is not None and holder.version is None:
                    self.db.execute(update(persons).where(persons.c.id == holder.id)
                                    .values(key=None, merged_into=person.id))
            self._write(person)
            self.db.execute(update(persons).where(persons.c.id == person.id)
                            .values(version=version))
            if person.identity.kind is IdentityKind.PROTECTED:
                erase_addresses(self.db, person.id)
        self._add(added)
        execute_rows(self.db, _set_version, [{"_id": person.id, "version": version}
                                             for person, version in records
                                             if person.id in settled])

    @staticmethod
    def _alone(records: Sequence[tuple[Person, int]], protecting: set[str]) -> set[str]:
        """The ids of the records that no other record of the batch shares their id or a
        key with, not protected, nor being protected here: what one of them does touches
        no other record of the batch."""
        ids = Counter(person.id for person, _v in records)
        keys = Counter(key for person, _v in records for key in person.keys())
        return {person.id for person, _v in records
                if ids[person.id] == 1 and person.id not in protecting
                and person.identity.kind is not IdentityKind.PROTECTED
                and all(keys[key] == 1 for key in person.keys())}

    def _fresh(self, records: Sequence[tuple[Person, int]], alone: set[str]) -> set[str]:
        """The ids of the records that are simply added here: alone in the batch, new to
        this register and no key of theirs held here (most of a busy region's records:
        other counters' new patients). The rest go one by one, each against what the
        register holds by then."""
        if not alone:
            return set()
        keys = [key for person, _v in records if person.id in alone for key in person.keys()]
        here = set(self.db.execute(_ids_here, {"ids": json.dumps(sorted(alone))}).scalars())
        held = set(self.db.execute(_keys_here, {"keys": json.dumps(keys)}).scalars())
        return {person.id for person, _v in records if person.id in alone
                and person.id not in here and not any(key in held for key in person.keys())}

    def _settled(self, records: Sequence[tuple[Person, int]], alone: set[str]) -> set[str]:
        """The ids of the records stored here just as the central register has them, but
        for their version: alone in the batch, so nothing before them changes that (most
        of a counter's own: its new patients coming back). Only their version is set."""
        if not alone:
            return set()
        ids = json.dumps(sorted(alone))
        earlier: dict[str, list[str]] = {}
        for person_id, key in self.db.execute(_earlier_among, {"ids": ids}):
            earlier.setdefault(person_id, []).append(key)
        stored = {row.id: person_from_row(row, earlier.get(row.id, ()))
                  for row in self.db.execute(_stored_among, {"ids": ids})}
        same = [person for person, _v in records if stored.get(person.id) == person]
        keys = [key for person in same for key in person.keys()]
        holders = dict(self.db.execute(_key_holders, {"keys": json.dumps(keys)}).all())
        return {person.id for person in same
                if all(holders.get(key, person.id) == person.id for key in person.keys())}

    def _add(self, records: Sequence[tuple[Person, int]]) -> None:
        """Records new here (see ``_fresh``), with their earlier keys, in two statements."""
        if not records:
            return
        execute_rows(self.db, _insert_person, [{**_row_values(person), "version": version}
                                               for person, version in records])
        execute_rows(self.db, _insert_key, [
            {"key": key, "person_id": person.id, "position": index}
            for person, _v in records for index, key in enumerate(person.earlier)])
