"""Alembic environment: migrates the connection handed over in config.attributes["connection"]."""

from alembic import context

from iam_desktop.library.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables safely
)
with context.begin_transaction():
    context.run_migrations()
