"""Persistence: SQLAlchemy models, the one engine factory, migrations and backups."""
