"""``python -m attrib.attribution > docs/constructions.md``: the generated list of constructions."""

from attrib.attribution.registry import constructions_markdown

print(constructions_markdown(), end="")
