"""Alembic environment: migrations run on the connection handed over by store.migrate."""

from alembic import context
from sqlalchemy import Connection

from omil_desktop.store.engine import create_sqlite_engine
from omil_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:  # e.g. `alembic revision --autogenerate` by a maintainer
    from pathlib import Path

    url = config.get_main_option("sqlalchemy.url") or ""
    engine = create_sqlite_engine(Path(url.removeprefix("sqlite:///")))
    with engine.begin() as conn:
        run(conn)
