"""Tests of the SENCE regional server (omil_desktop.regional)."""
