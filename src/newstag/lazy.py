"""Lazy package attributes: a package names what it offers without importing it.

``import newstag`` (or ``newstag.topics``) stays cheap, and importing one
submodule (``newstag.corpus.text``) does not pull in its siblings.
"""

from __future__ import annotations

from importlib import import_module

__all__ = ["lazy_attributes"]


def lazy_attributes(package: str, where: dict[str, str]):
    """A module ``__getattr__`` that imports ``package.<where[name]>`` on first use of ``name``."""

    def __getattr__(name):
        if name in where:
            return getattr(import_module(f"{package}.{where[name]}"), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
