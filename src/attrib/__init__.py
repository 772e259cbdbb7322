"""attrib — who said what in news text: quotes, reported speech, speakers, unattributed claims.

Quick start::

    import attrib
    analysis = attrib.analyze(text)
    for quote in analysis.quotes:
        print(quote.type, quote.source and quote.source.text, quote.contents[0].text)
    comparison = attrib.compare([analysis_a, analysis_b])   # several outlets on one event
    findings = attrib.check(draft)                          # the pre-publication check

The JSON contract is ``Analysis.to_dict()`` (see ``docs/json-contract.md``).
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING, Any

from attrib.errors import AttribError, InputError, ModelError, SchemaError

if TYPE_CHECKING:
    from attrib.check import check_text as check
    from attrib.compare import Comparison, compare
    from attrib.pipeline import Analyzer, analyze
    from attrib.records import SCHEMA_VERSION, Analysis, Block, Claim, Finding, Quote, Span, Speaker

# The public names are imported on first use (PEP 562), so that ``attrib --help``, ``attrib check
# --server`` and other programs that need one corner of the package do not load all of it.
_LAZY = {
    "check": ("attrib.check", "check_text"),
    "compare": ("attrib.compare", "compare"),
    "Comparison": ("attrib.compare", "Comparison"),
    "Analyzer": ("attrib.pipeline", "Analyzer"),
    "analyze": ("attrib.pipeline", "analyze"),
    **{name: ("attrib.records", name) for name in
       ("SCHEMA_VERSION", "Analysis", "Block", "Claim", "Finding", "Quote", "Span", "Speaker")},
}


class _Package(types.ModuleType):
    """Keeps ``attrib.check`` and ``attrib.compare`` the functions: importing the submodules of
    the same names would otherwise rebind them to the modules (as the eager imports used to)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("check", "compare") and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'attrib' has no attribute {name!r}")
    module, attribute = _LAZY[name]
    value = getattr(import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__version__ = "0.1.0"

__all__ = [
    "__version__",
    "SCHEMA_VERSION",
    "Analyzer",
    "analyze",
    "compare",
    "check",
    "Comparison",
    "Analysis",
    "Block",
    "Claim",
    "Finding",
    "Quote",
    "Span",
    "Speaker",
    "AttribError",
    "InputError",
    "ModelError",
    "SchemaError",
]
