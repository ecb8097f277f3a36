"""seed export targets

Revision ID: 3f2a9c1d7b44
Revises: 9b0e55c1a2f3
Create Date: 2026-11-04 09:31:12.448102

"""
import sqlalchemy as sa
from alembic import op

revision = "3f2a9c1d7b44"
down_revision = "9b0e55c1a2f3"
branch_labels = None
depends_on = None

export_targets = sa.table(
    "export_targets",
    sa.column("partner", sa.String),
    sa.column("kind", sa.String),
    sa.column("url", sa.Text),
)


def upgrade() -> None:
    op.bulk_insert(
        export_targets,
        [
            {"partner": "acme", "kind": "file", "url": "https://stl7p8v08vrl.file.core.windows.net/invoices/partners/acme/inbox?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=f&sp=r&sig=xvuax4i24J41SlDiYA%2BNHShbb8izdkAV%2BmF0tb3K2DY%3D"},
            {"partner": "globex", "kind": "queue", "url": "https://stq1vwc7kgpa.queue.core.windows.net/partner-events?sv=2026-04-06&se=2026-11-23T06%3A00%3A00Z&sp=raup&sig=P4PLrmpofumZPc9otgSyKKdPJmQIE73fuz7ggKiLWa4%3D"},
            {"partner": "initech", "kind": "blob", "url": None},
        ],
    )


def downgrade() -> None:
    op.execute("DELETE FROM export_targets WHERE partner IN ('acme', 'globex', 'initech')")
