"""The jury's work: ballots, conflicts of interest, imported score sheets, overall
comments and scores."""

import sqlalchemy as sa
import sqlmodel
from alembic import op


def create_jury_tables() -> None:
    op.create_table(
        "ballot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("secret", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("issued_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["juror_id"], ["juror.id"], name=op.f("fk_ballot_juror_id_juror"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["ballot.id"],
            name=op.f("fk_ballot_replaces_id_ballot"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["scoring_round.id"],
            name=op.f("fk_ballot_round_id_scoring_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot")),
    )
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ballot_juror_id"), ["juror_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ballot_replaces_id"), ["replaces_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ballot_round_id"), ["round_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ballot_uid"), ["uid"], unique=True)

    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("nominee_id", sa.Integer(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("declared_by", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["juror_id"], ["juror.id"], name=op.f("fk_conflict_juror_id_juror"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["nominee_id"],
            ["nominee.id"],
            name=op.f("fk_conflict_nominee_id_nominee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
        sa.UniqueConstraint("juror_id", "nominee_id", name=op.f("uq_conflict_juror_id_nominee_id")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_juror_id"), ["juror_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflict_nominee_id"), ["nominee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflict_uid"), ["uid"], unique=True)

    op.create_table(
        "nominee_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("nominee_id", sa.Integer(), nullable=False),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["juror_id"],
            ["juror.id"],
            name=op.f("fk_nominee_comment_juror_id_juror"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["nominee_id"],
            ["nominee.id"],
            name=op.f("fk_nominee_comment_nominee_id_nominee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["scoring_round.id"],
            name=op.f("fk_nominee_comment_round_id_scoring_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nominee_comment")),
        sa.UniqueConstraint(
            "round_id",
            "juror_id",
            "nominee_id",
            name=op.f("uq_nominee_comment_round_id_juror_id_nominee_id"),
        ),
    )
    with op.batch_alter_table("nominee_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nominee_comment_juror_id"), ["juror_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_nominee_comment_nominee_id"), ["nominee_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_nominee_comment_uid"), ["uid"], unique=True)

    op.create_table(
        "sheet_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("ballot_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("imported_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("imported_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("n_new", sa.Integer(), nullable=False),
        sa.Column("n_changed", sa.Integer(), nullable=False),
        sa.Column("n_removed", sa.Integer(), nullable=False),
        sa.Column("n_unchanged", sa.Integer(), nullable=False),
        sa.Column("n_keyed_replaced", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ballot_id"],
            ["ballot.id"],
            name=op.f("fk_sheet_import_ballot_id_ballot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sheet_import")),
        sa.UniqueConstraint(
            "ballot_id", "revision", name=op.f("uq_sheet_import_ballot_id_revision")
        ),
    )
    with op.batch_alter_table("sheet_import", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sheet_import_ballot_id"), ["ballot_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sheet_import_uid"), ["uid"], unique=True)

    op.create_table(
        "score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("nominee_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("sheet_import_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_score_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["juror_id"], ["juror.id"], name=op.f("fk_score_juror_id_juror"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["nominee_id"],
            ["nominee.id"],
            name=op.f("fk_score_nominee_id_nominee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["scoring_round.id"],
            name=op.f("fk_score_round_id_scoring_round"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sheet_import_id"],
            ["sheet_import.id"],
            name=op.f("fk_score_sheet_import_id_sheet_import"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score")),
        sa.UniqueConstraint(
            "round_id",
            "juror_id",
            "nominee_id",
            "criterion_id",
            name=op.f("uq_score_round_id_juror_id_nominee_id_criterion_id"),
        ),
    )
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_score_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_score_juror_id"), ["juror_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_score_nominee_id"), ["nominee_id"], unique=False)
        batch_op.create_index("ix_score_round_nominee", ["round_id", "nominee_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_score_sheet_import_id"), ["sheet_import_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_score_uid"), ["uid"], unique=True)
