"""attrib's exception hierarchy: everything the library raises on purpose is an AttribError."""

from __future__ import annotations

__all__ = ["AttribError", "InputError", "ModelError", "SchemaError"]


class AttribError(Exception):
    """Base class of every error attrib raises deliberately."""


class InputError(AttribError):
    """The input cannot be read as a document (unreadable file, binary data, bad JSON line)."""


class ModelError(AttribError):
    """The NLP models cannot be found or loaded."""


class SchemaError(AttribError):
    """A JSON document does not follow attrib's published contract."""
