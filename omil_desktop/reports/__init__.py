"""Printed documents: every one on the page template of ``template.py`` (DESIGN.md §6)."""
