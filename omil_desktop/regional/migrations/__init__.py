"""Alembic migrations of the regional server database."""
