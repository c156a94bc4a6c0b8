"""the central person register, and a log without personal data

Revision ID: c0004
Revises: c0003
Create Date: 2026-11-30

The register is built from what the log's events said of each patient, in the log's order
(conversions and merges included); then every payload that named a patient in full is
rewritten to name the register id only, the append-only trigger lifted for that alone.
"""

import json

from alembic import op
from sqlalchemy import text

from app.domain.legacy import LOAN_STARTS, patient_of, without_personal_data

revision = 'c0004'
down_revision = 'c0003'
branch_labels = None
depends_on = None

_UT_MARKER = " - UT"


def _create_register() -> None:
    # version is drawn from one sequence at every change: a counter pulls the records
    # changed since the highest version it has.
    op.execute("CREATE SEQUENCE person_version")
    op.execute("""
        CREATE TABLE persons (
            id text PRIMARY KEY,
            kind text NOT NULL,
            key text UNIQUE,
            birth_date date,
            name text,
            merged_into text,
            version bigint NOT NULL DEFAULT nextval('person_version')
        )""")
    op.execute("CREATE INDEX ix_persons_version ON persons (version)")
    op.execute("""
        CREATE TABLE person_keys (
            key text PRIMARY KEY,
            person_id text NOT NULL REFERENCES persons (id),
            position integer NOT NULL
        )""")
    op.execute("CREATE INDEX ix_person_keys_person ON person_keys (person_id)")


class _Register:
    """The register as the released log describes it, built in memory."""

    def __init__(self) -> None:
        self.people: dict[str, dict] = {}
        self.by_key: dict[str, str] = {}

    def resolve(self, person_id: str) -> str:
        while self.people.get(person_id, {}).get("merged_into"):
            person_id = self.people[person_id]["merged_into"]
        return person_id

    def lent(self, patient: dict) -> None:
        key, person_id = patient.get("key"), patient.get("id")
        if not key or not person_id or person_id in self.people:
            return
        if key in self.by_key:
            self.people[person_id] = {"merged_into": self.by_key[key], "earlier": []}
            return
        self.people[person_id] = {"kind": patient["kind"], "key": key,
                                  "birth_date": patient.get("birth_date"),
                                  "name": patient.get("name"), "earlier": []}
        self.by_key[key] = person_id

    def converted(self, payload: dict) -> None:
        person_id = self.resolve(payload["patient_id"])
        person = self.people.get(person_id)
        if person is None or person.get("merged_into"):
            return
        into = payload.get("merge_into")
        if into and self.resolve(into) in self.people and self.resolve(into) != person_id:
            target = self.people[self.resolve(into)]
            target["earlier"] += [*person["earlier"], person["key"]]
            self.people[person_id] = {"merged_into": self.resolve(into), "earlier": []}
            return
        to = payload.get("to") or {}
        if not to.get("key"):
            return
        person["earlier"].append(person["key"])
        self.by_key[to["key"]] = person_id
        name = to.get("name") or person.get("name") or ""
        if name.endswith(_UT_MARKER) and to.get("kind") != "undocumented":
            name = name[:-len(_UT_MARKER)]
        person.update(kind=to["kind"], key=to["key"],
                      birth_date=to.get("birth_date") or person.get("birth_date"),
                      name=name or None)


def upgrade() -> None:
    _create_register()
    connection = op.get_bind()
    rows = connection.execute(text(
        "SELECT seq, type, outcome, payload::text FROM log ORDER BY seq")).all()
    register = _Register()
    for _seq, type_, outcome, payload in rows:
        if outcome != "accepted":
            continue
        p = json.loads(payload)
        if type_ in LOAN_STARTS and (patient_of(p) or {}).get("key"):
            register.lent(patient_of(p))
        elif type_ == "identity_converted" and "patient_id" in p:
            register.converted(p)
    for person_id, person in register.people.items():
        connection.execute(text(
            "INSERT INTO persons (id, kind, key, birth_date, name, merged_into) "
            "VALUES (:id, :kind, :key, :birth_date, :name, :merged_into)"),
            {"id": person_id, "kind": person.get("kind", "protected"),
             "key": person.get("key"), "birth_date": person.get("birth_date"),
             "name": person.get("name"),
             "merged_into": person.get("merged_into") and register.resolve(person_id)})
    for person_id, person in register.people.items():
        for position, key in enumerate(dict.fromkeys(person["earlier"])):
            if key and key != person.get("key"):
                connection.execute(text(
                    "INSERT INTO person_keys (key, person_id, position) "
                    "VALUES (:key, :id, :position) ON CONFLICT DO NOTHING"),
                    {"key": key, "id": person_id, "position": position})

    op.execute("ALTER TABLE log DISABLE TRIGGER log_append_only")
    for seq, type_, _outcome, payload in rows:
        rewritten = without_personal_data(type_, json.loads(payload))
        if rewritten is not None:
            connection.execute(text("UPDATE log SET payload = CAST(:payload AS json) "
                                    "WHERE seq = :seq"),
                               {"payload": json.dumps(rewritten), "seq": seq})
    op.execute("ALTER TABLE log ENABLE TRIGGER log_append_only")


def downgrade() -> None:
    op.execute("DROP TABLE person_keys")
    op.execute("DROP TABLE persons")
    op.execute("DROP SEQUENCE person_version")
