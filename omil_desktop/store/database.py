"""The local database: one engine, one session factory, one transaction per use case."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from omil_desktop.store.audit_capture import install_audit_capture
from omil_desktop.store.changelog import install_change_capture
from omil_desktop.store.engine import create_sqlite_engine, database_path
from omil_desktop.store.errors import explain
from omil_desktop.store.vault import key_for


class Database:
    """Opened on a data directory whose database has already been migrated (and, when the
    folder is encrypted, whose key was unlocked in this process: store/vault.py)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = database_path(data_dir)
        self.engine: Engine = create_sqlite_engine(self.path, key_for(data_dir))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.actor: str | None = None
        """The signed-in officer as audit entries name them (services/audit.py); None: the
        office's officer (a folder without accounts)."""
        # The audit entry of a write must exist before the change capture collects the flush.
        install_audit_capture(self._sessions, lambda: self.actor)
        install_change_capture(self._sessions)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error.

        Database errors come out as :class:`~omil_desktop.store.errors.StorageError` with a Spanish
        explanation; everything committed before stays committed.
        """
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise explain(exc, self.data_dir) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
