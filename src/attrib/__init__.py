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

from attrib.check import check_text as check
from attrib.compare import Comparison, compare
from attrib.errors import AttribError, InputError, ModelError, SchemaError
from attrib.pipeline import Analyzer, analyze
from attrib.records import (
    SCHEMA_VERSION,
    Analysis,
    Block,
    Claim,
    Finding,
    Quote,
    Span,
    Speaker,
)

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
