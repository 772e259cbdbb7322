"""Both reports render in a real browser (Debian chromium, headless) to non-blank PNGs."""

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from attrib.compare import compare
from attrib.report import render_article, render_comparison

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# .ci/run installs chromium and sets ATTRIB_REQUIRE_BROWSER=1, so CI never skips this
if CHROMIUM is None and os.environ.get("ATTRIB_REQUIRE_BROWSER") != "1":
    pytest.skip("chromium not installed (apt-get install chromium)", allow_module_level=True)


def screenshot(html: Path, png: Path) -> tuple[int, int]:
    subprocess.run([str(ROOT / "scripts" / "screenshot.sh"), str(html), str(png), "1280", "1600"],
                   check=True, timeout=120)
    with png.open("rb") as fh:
        header = fh.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_reports_render_in_chromium(tmp_path, seed_analysis, corpus_analyses):
    article = tmp_path / "article.html"
    article.write_text(render_article(seed_analysis), encoding="utf-8")
    comparison = tmp_path / "comparison.html"
    comparison.write_text(render_comparison(compare(corpus_analyses)), encoding="utf-8")
    for page in (article, comparison):
        png = page.with_suffix(".png")
        assert screenshot(page, png) == (1280, 1600)
        assert png.stat().st_size > 50_000  # a blank page compresses to a few KB
