"""Versions of the regional server schema."""
