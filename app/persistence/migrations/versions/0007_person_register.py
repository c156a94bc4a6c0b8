"""a person register that events only point to: no personal data in the log

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

The patients table becomes the person register (persons, with the earlier identities in
person_keys and changes for the central register in person_outbox). Every event payload
that named a patient in full is rewritten to name the register id only; the log's
append-only triggers are lifted for that rewrite alone. The connection's secure_delete
zeroes the old text where it stood, and the workstation empties its WAL after migrating.
"""

import json

import sqlalchemy as sa
from alembic import op

from app.domain.legacy import LOAN_STARTS, patient_of, without_personal_data

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _create_register() -> None:
    op.create_table('persons',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons')),
    sa.UniqueConstraint('key', name=op.f('uq_persons_key'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_merged_into'), ['merged_into'],
                              unique=False)
    op.create_table('person_keys',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_person_keys_person_id_persons')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_person_keys'))
    )
    with op.batch_alter_table('person_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_keys_person_id'), ['person_id'],
                              unique=False)
    op.create_table('person_outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('change', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_person_outbox'))
    )
    with op.batch_alter_table('person_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_outbox_person_id'), ['person_id'],
                              unique=False)


def _person_json(row, earlier: list[str]) -> dict:  # noqa: ANN001
    return {"id": row.id, "kind": row.kind, "key": row.key,
            "birth_date": row.birth_date, "name": row.name, "earlier": earlier,
            "merged_into": None}


def upgrade() -> None:
    _create_register()
    connection = op.get_bind()
    people = connection.execute(sa.text(
        "SELECT id, kind, key, birth_date, name, previous_keys FROM patients")).all()
    for row in people:
        earlier = json.loads(row.previous_keys or "[]")
        connection.execute(sa.text(
            "INSERT INTO persons (id, kind, key, birth_date, name) "
            "VALUES (:id, :kind, :key, :birth_date, :name)"), dict(row._mapping))
        for position, key in enumerate(earlier):
            connection.execute(sa.text(
                "INSERT OR IGNORE INTO person_keys (key, person_id, position) "
                "VALUES (:key, :id, :position)"), {"key": key, "id": row.id,
                                                    "position": position})
        connection.execute(sa.text(
            "INSERT INTO person_outbox (person_id, change) VALUES (:id, :change)"),
            {"id": row.id, "change": json.dumps(
                {"op": "register", "person": _person_json(row, earlier)})})

    # The loans name the person as their events do (a person merged away is an alias).
    events = connection.execute(sa.text("SELECT seq, id, type, payload FROM events")).all()
    loan_person: dict[str, str | None] = {}
    for seq, _id, type_, payload in events:
        p = json.loads(payload)
        if type_ in LOAN_STARTS and (patient_of(p) or {}).get("id"):
            loan_person.setdefault(p["loan_id"], patient_of(p)["id"])
        elif type_ == "identity_converted" and p.get("merge_into"):
            connection.execute(sa.text(
                "INSERT OR IGNORE INTO persons (id, kind, merged_into) "
                "VALUES (:id, 'protected', :into)"),
                {"id": p["patient_id"], "into": p["merge_into"]})
            connection.execute(sa.text(
                "INSERT INTO person_outbox (person_id, change) VALUES (:id, :change)"),
                {"id": p["patient_id"], "change": json.dumps(
                    {"op": "merge", "person": p["patient_id"], "into": p["merge_into"]})})
    with op.batch_alter_table('loans', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint('fk_loans_patient_id_patients', type_='foreignkey')
    for loan_id, person_id in loan_person.items():
        connection.execute(sa.text("UPDATE loans SET patient_id = :person WHERE id = :loan"),
                           {"person": person_id, "loan": loan_id})
    op.drop_table('patients')

    # No personal data in the log: the rewrite is the one change the log ever allows.
    op.execute("DROP TRIGGER IF EXISTS events_append_only_update")
    for seq, _id, type_, payload in events:
        rewritten = without_personal_data(type_, json.loads(payload))
        if rewritten is not None:
            connection.execute(sa.text("UPDATE events SET payload = :payload WHERE seq = :seq"),
                               {"payload": json.dumps(rewritten), "seq": seq})
    op.execute("CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events "
               "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END")


def downgrade() -> None:
    # The personal data left the log for good: a downgrade brings back the tables, not it.
    op.create_table('patients',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('previous_keys', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patients')),
    sa.UniqueConstraint('key', name=op.f('uq_patients_key'))
    )
    op.execute("INSERT INTO patients (id, kind, key, birth_date, name, previous_keys) "
               "SELECT id, kind, key, birth_date, name, '[]' FROM persons "
               "WHERE key IS NOT NULL AND merged_into IS NULL")
    op.execute("UPDATE loans SET patient_id = NULL "
               "WHERE patient_id NOT IN (SELECT id FROM patients)")
    with op.batch_alter_table('loans', schema=None, recreate='always') as batch_op:
        batch_op.create_foreign_key('fk_loans_patient_id_patients', 'patients',
                                    ['patient_id'], ['id'])
    op.drop_table('person_outbox')
    op.drop_table('person_keys')
    op.drop_table('persons')
