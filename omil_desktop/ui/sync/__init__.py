"""Sync in the window: status bar, the Sincronización area, conflicts to decide."""
