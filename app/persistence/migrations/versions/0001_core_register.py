"""core register: models, units, patients, pumps, loans, faults, event log

Revision ID: 0001
Revises: 
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('care_units',
    sa.Column('customer_number', sa.String(length=6), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('contact_person', sa.String(length=200), nullable=True),
    sa.Column('payers', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('customer_number', name=op.f('pk_care_units'))
    )
    with op.batch_alter_table('care_units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_units_name'), ['name'], unique=False)

    op.create_table('events',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('pump', sa.String(length=32), nullable=True),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('workstation', sa.String(length=64), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_events')),
    sa.UniqueConstraint('id', name=op.f('uq_events_id'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_pump_seq', ['pump', 'seq'], unique=False)

    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_meta'))
    )
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
    op.create_table('pump_models',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('make', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('product_area', sa.String(length=40), nullable=False),
    sa.Column('maintenance_interval_days', sa.Integer(), nullable=False),
    sa.Column('gtin', sa.String(length=14), nullable=True),
    sa.Column('consumables', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_pump_models')),
    sa.UniqueConstraint('gtin', name=op.f('uq_pump_models_gtin'))
    )
    op.create_table('loans',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=True),
    sa.Column('protected_identity', sa.Boolean(), nullable=False),
    sa.Column('responsible_unit', sa.String(length=6), nullable=False),
    sa.Column('billing_unit', sa.String(length=6), nullable=False),
    sa.Column('approval', sa.String(length=100), nullable=True),
    sa.Column('prescriber', sa.String(length=200), nullable=True),
    sa.Column('consumables', sa.JSON(), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=False),
    sa.Column('workstation', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['billing_unit'], ['care_units.customer_number'], name=op.f('fk_loans_billing_unit_care_units')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_loans_patient_id_patients')),
    sa.ForeignKeyConstraint(['responsible_unit'], ['care_units.customer_number'], name=op.f('fk_loans_responsible_unit_care_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loans')),
    sa.UniqueConstraint('number', name=op.f('uq_loans_number'))
    )
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loans_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loans_responsible_unit'), ['responsible_unit'], unique=False)

    op.create_table('pumps',
    sa.Column('registration', sa.String(length=32), nullable=False),
    sa.Column('model_code', sa.String(length=32), nullable=False),
    sa.Column('serial_number', sa.String(length=64), nullable=True),
    sa.Column('udi_gtin', sa.String(length=14), nullable=True),
    sa.Column('udi_serial', sa.String(length=64), nullable=True),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('since', sa.String(length=32), nullable=False),
    sa.Column('responsible_unit', sa.String(length=6), nullable=True),
    sa.Column('loan_id', sa.String(length=36), nullable=True),
    sa.Column('last_maintenance', sa.Date(), nullable=True),
    sa.Column('next_maintenance', sa.Date(), nullable=True),
    sa.Column('service_reason', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_pumps_loan_id_loans')),
    sa.ForeignKeyConstraint(['model_code'], ['pump_models.code'], name=op.f('fk_pumps_model_code_pump_models')),
    sa.ForeignKeyConstraint(['responsible_unit'], ['care_units.customer_number'], name=op.f('fk_pumps_responsible_unit_care_units')),
    sa.PrimaryKeyConstraint('registration', name=op.f('pk_pumps'))
    )
    with op.batch_alter_table('pumps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pumps_loan_id'), ['loan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pumps_model_code'), ['model_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_pumps_next_maintenance'), ['next_maintenance'], unique=False)
        batch_op.create_index(batch_op.f('ix_pumps_responsible_unit'), ['responsible_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_pumps_serial_number'), ['serial_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_pumps_state'), ['state'], unique=False)
        batch_op.create_index('ix_pumps_udi', ['udi_gtin', 'udi_serial'], unique=True)

    op.create_table('fault_reports',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('pump', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=True),
    sa.Column('reported_by', sa.String(length=100), nullable=False),
    sa.Column('reported_at', sa.String(length=32), nullable=False),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['pump'], ['pumps.registration'], name=op.f('fk_fault_reports_pump_pumps')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fault_reports'))
    )
    with op.batch_alter_table('fault_reports', schema=None) as batch_op:
        batch_op.create_index('ix_fault_reports_pump_closed', ['pump', 'closed_at'], unique=False)

    op.create_table('loan_pumps',
    sa.Column('loan_id', sa.String(length=36), nullable=False),
    sa.Column('pump', sa.String(length=32), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=False),
    sa.Column('ended_at', sa.String(length=32), nullable=True),
    sa.Column('end_reason', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_loan_pumps_loan_id_loans')),
    sa.ForeignKeyConstraint(['pump'], ['pumps.registration'], name=op.f('fk_loan_pumps_pump_pumps')),
    sa.PrimaryKeyConstraint('loan_id', 'pump', name=op.f('pk_loan_pumps'))
    )
    with op.batch_alter_table('loan_pumps', schema=None) as batch_op:
        batch_op.create_index('ix_loan_pumps_pump', ['pump'], unique=False)



    # The log is the record of what happened: nothing may rewrite or remove a line of it.
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER events_append_only_{verb.lower()} BEFORE {verb} ON events "
            "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"
        )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS events_append_only_update")
    op.execute("DROP TRIGGER IF EXISTS events_append_only_delete")
    with op.batch_alter_table('loan_pumps', schema=None) as batch_op:
        batch_op.drop_index('ix_loan_pumps_pump')

    op.drop_table('loan_pumps')
    with op.batch_alter_table('fault_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_fault_reports_pump_closed')

    op.drop_table('fault_reports')
    with op.batch_alter_table('pumps', schema=None) as batch_op:
        batch_op.drop_index('ix_pumps_udi')
        batch_op.drop_index(batch_op.f('ix_pumps_state'))
        batch_op.drop_index(batch_op.f('ix_pumps_serial_number'))
        batch_op.drop_index(batch_op.f('ix_pumps_responsible_unit'))
        batch_op.drop_index(batch_op.f('ix_pumps_next_maintenance'))
        batch_op.drop_index(batch_op.f('ix_pumps_model_code'))
        batch_op.drop_index(batch_op.f('ix_pumps_loan_id'))

    op.drop_table('pumps')
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loans_responsible_unit'))
        batch_op.drop_index(batch_op.f('ix_loans_patient_id'))

    op.drop_table('loans')
    op.drop_table('pump_models')
    op.drop_table('patients')
    op.drop_table('meta')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_pump_seq')

    op.drop_table('events')
    with op.batch_alter_table('care_units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_care_units_name'))

    op.drop_table('care_units')
