"""Use cases: one class per area, one transaction per thing the officer does."""
