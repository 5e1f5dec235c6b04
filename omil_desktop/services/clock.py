"""The officer's calendar, for the UI: the same clock the store stamps records with."""

from omil_desktop.store.clock import today

__all__ = ["today"]
