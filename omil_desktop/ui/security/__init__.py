"""Signing in, the idle lock, the recovery key and officers' accounts (services/access.py)."""
