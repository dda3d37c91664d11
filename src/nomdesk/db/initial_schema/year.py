"""The award, its years and what a year is set up with: the audit log, awards,
organisations, years, criteria, jurors, nominees, scoring rounds and the timetable."""

import sqlalchemy as sa
import sqlmodel
from alembic import op


def create_year_tables() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("entity_uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("year_uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_audit_event_prev_hash")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_entity_uid"), ["entity_uid"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_uid"), ["uid"], unique=True)
        batch_op.create_index(batch_op.f("ix_audit_event_year_uid"), ["year_uid"], unique=False)

    op.create_table(
        "award",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("organiser", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("description_en", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("default_language", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award")),
        sa.UniqueConstraint("name", name=op.f("uq_award_name")),
    )
    with op.batch_alter_table("award", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_award_uid"), ["uid"], unique=True)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("county", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("org_number", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_uid"), ["uid"], unique=True)

    op.create_table(
        "award_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("award_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("title_en", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("phase", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("default_method", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("trim_k", sa.Integer(), nullable=False),
        sa.Column("tie_break", sa.JSON(), nullable=False),
        sa.Column("apply_tie_break", sa.Boolean(), nullable=False),
        sa.Column("locked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("locked_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["award_id"],
            ["award.id"],
            name=op.f("fk_award_year_award_id_award"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_year")),
        sa.UniqueConstraint("award_id", "year", name=op.f("uq_award_year_award_id_year")),
    )
    with op.batch_alter_table("award_year", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_award_year_award_id"), ["award_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_award_year_uid"), ["uid"], unique=True)

    op.create_table(
        "organisation_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_alias_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_alias")),
    )
    with op.batch_alter_table("organisation_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_alias_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_alias_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organisation_alias_uid"), ["uid"], unique=True)

    op.create_table(
        "criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("description_en", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("scale_min", sa.Float(), nullable=False),
        sa.Column("scale_max", sa.Float(), nullable=False),
        sa.Column("step", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["award_year.id"],
            name=op.f("fk_criterion_year_id_award_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
        sa.UniqueConstraint("year_id", "name", name=op.f("uq_criterion_year_id_name")),
    )
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criterion_uid"), ["uid"], unique=True)
        batch_op.create_index(batch_op.f("ix_criterion_year_id"), ["year_id"], unique=False)

    op.create_table(
        "juror",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("affiliation", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["award_year.id"],
            name=op.f("fk_juror_year_id_award_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_juror")),
        sa.UniqueConstraint("year_id", "name", name=op.f("uq_juror_year_id_name")),
    )
    with op.batch_alter_table("juror", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_juror_uid"), ["uid"], unique=True)
        batch_op.create_index(batch_op.f("ix_juror_year_id"), ["year_id"], unique=False)

    op.create_table(
        "nominee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("display_name_en", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("nominated_by", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("proud_of", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("proud_of_en", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("effect", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("effect_en", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("lessons", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("lessons_en", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("summary_en", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("withdrawn_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("withdrawn_from", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("contact_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("contact_email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("contact_phone", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["award_year.id"],
            name=op.f("fk_nominee_year_id_award_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nominee")),
        sa.UniqueConstraint(
            "year_id", "display_name", name=op.f("uq_nominee_year_id_display_name")
        ),
    )
    with op.batch_alter_table("nominee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nominee_stage"), ["stage"], unique=False)
        batch_op.create_index(batch_op.f("ix_nominee_uid"), ["uid"], unique=True)
        batch_op.create_index(batch_op.f("ix_nominee_year_id"), ["year_id"], unique=False)

    op.create_table(
        "scoring_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["award_year.id"],
            name=op.f("fk_scoring_round_year_id_award_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_round")),
        sa.UniqueConstraint("year_id", "name", name=op.f("uq_scoring_round_year_id_name")),
    )
    with op.batch_alter_table("scoring_round", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scoring_round_uid"), ["uid"], unique=True)
        batch_op.create_index(batch_op.f("ix_scoring_round_year_id"), ["year_id"], unique=False)

    op.create_table(
        "timetable_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("label_en", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["award_year.id"],
            name=op.f("fk_timetable_entry_year_id_award_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timetable_entry")),
    )
    with op.batch_alter_table("timetable_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_timetable_entry_uid"), ["uid"], unique=True)
        batch_op.create_index(batch_op.f("ix_timetable_entry_year_id"), ["year_id"], unique=False)
