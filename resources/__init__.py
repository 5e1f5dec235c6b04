"""Data files shipped with the program (installed as ``omil_desktop.resources``)."""
