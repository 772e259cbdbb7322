"""Word lists are data files that say where they come from."""

from importlib import resources


def test_every_word_list_names_its_source():
    folder = resources.files("attrib") / "data" / "lexicon"
    lists = [f for f in folder.iterdir() if f.name.endswith((".txt", ".tsv"))]
    assert len(lists) >= 15
    for f in lists:
        header = [line for line in f.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        assert any(line.lower().startswith("# source:") for line in header), f.name
