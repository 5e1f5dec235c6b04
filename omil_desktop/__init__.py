"""OMIL Desktop: the program of a Chilean municipal employment office (OMIL)."""

__version__ = "0.2.0"
