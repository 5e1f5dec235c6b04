"""Alembic environment: migrations run on the connection handed over by regional.store.migrate."""

from alembic import context
from sqlalchemy import Connection, create_engine

from omil_desktop.regional.models import RegionalBase

config = context.config
target_metadata = RegionalBase.metadata


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:  # e.g. `alembic revision --autogenerate` by a maintainer
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        run(conn)
