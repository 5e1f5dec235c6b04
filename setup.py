"""Which packages the wheel holds; everything else is in pyproject.toml.

Every package under ``omil_desktop/`` is found automatically (``find_packages``: no hand list
that could forget one), plus the checkout's ``resources/`` folder, installed as
``omil_desktop.resources`` (``package-dir`` in pyproject.toml). pyproject.toml alone cannot
both find packages and add one that lives elsewhere; tests/install checks the built wheel.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["omil_desktop", "omil_desktop.*"]),
        "omil_desktop.resources",
    ],
)
