"""The comparison report in a real browser (Debian chromium, headless, no driver): cells expand, link to
the passage in the outlet's text, flags filter and sort, reviewed marks survive a reload, the grid exports
as CSV, and only http(s) addresses become links. A harness script appended to the page acts like a
reader and writes what it saw into the DOM, which ``--dump-dom`` returns."""

import json
import os
import re
import shutil
import subprocess

import pytest

from attrib.compare import compare
from attrib.report import render_comparison
from test_compare import build

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and os.environ.get("ATTRIB_REQUIRE_BROWSER") != "1":
    pytest.skip("chromium not installed (apt-get install chromium)", allow_module_level=True)

HARNESS = """<script>
(function () {
  var out = {};
  var summary = document.querySelector("#grid td.cell details summary");
  summary.click();
  var details = summary.parentElement;
  out.open = details.open;
  out.full = details.querySelector(".full").textContent;
  out.fullVisible = details.querySelector(".full").offsetHeight > 0;
  var link = details.querySelector("a.passage");
  var target = document.getElementById(link.getAttribute("href").slice(1));
  out.target = target ? target.tagName + ":" + target.textContent : null;
  out.links = Array.prototype.map.call(document.querySelectorAll("a[href]"), function (a) { return a.getAttribute("href"); });
  var kind = document.getElementById("flag-kind");
  kind.value = "numbers-differ";
  kind.dispatchEvent(new Event("change"));
  out.shownKinds = Array.prototype.filter.call(document.querySelectorAll("#flags tbody tr"), function (tr) {
    return !tr.hidden; }).map(function (tr) { return tr.dataset.kind; });
  kind.value = "";
  kind.dispatchEvent(new Event("change"));
  var th = document.querySelector("#flags th[data-sort='1']");
  th.click();
  out.sorted = Array.prototype.map.call(document.querySelectorAll("#flags tbody tr"), function (tr) { return tr.dataset.kind; });
  var first = document.querySelector("#flags tbody tr[data-flag='" + FLAG + "'] input.reviewed");
  out.reviewedBefore = first.checked;
  if (MARK) { first.checked = true; first.dispatchEvent(new Event("change")); }
  out.csv = window.attribGridCsv();
  var pre = document.createElement("pre");
  pre.id = "harness-result";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""


def run(page, profile, width=1280):
    out = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync",
                          f"--window-size={width},1600", f"--user-data-dir={profile}", "--virtual-time-budget=3000",
                          "--dump-dom", f"file://{page}"],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    found = re.search(r'<pre id="harness-result">(.*?)</pre>', out, re.S)
    assert found, out[-2000:]
    import html

    return json.loads(html.unescape(found.group(1)))


def test_comparison_report_in_chromium(tmp_path):
    a = build("The tunnel opened about 18 months ago, the mayor said. Police said <b>nobody</b> was hurt.",
              [("Jo Vance", "person", "the mayor", "said", "The tunnel opened about 18 months ago", None),
               ("Police", "organisation", "Police", "said", "<b>nobody</b> was hurt", None)],
              meta={"outlet": "First Post", "url": "javascript:alert(1)"})
    b = build("Mayor Jo Vance said the tunnel opened about two years ago. Nobody was hurt, police said.",
              [("Jo Vance", "person", "Mayor Jo Vance", "said", "the tunnel opened about two years ago", None),
               ("police", "organisation", "police", "said", "Nobody was hurt", None)],
              meta={"outlet": "Second \"Herald\"", "url": "https://herald.example.org/tunnel?a=1&b=2"})
    comparison = compare([a, b])
    assert {f.kind for f in comparison.flags} >= {"numbers-differ"}
    page = render_comparison(comparison)
    flag = re.search(r'data-flag="([^"]+)"', page).group(1)
    profile = tmp_path / "profile"
    for mark in (True, False):
        html_file = tmp_path / f"page-{mark}.html"
        harness = HARNESS.replace("FLAG", json.dumps(flag)).replace("MARK", "true" if mark else "false")
        html_file.write_text(page.replace("</body>", harness + "</body>"), encoding="utf-8")
        seen = run(html_file, profile)
        if mark:
            assert seen["open"] and seen["fullVisible"]
            assert "18 months" in seen["full"] or "two years" in seen["full"]
            assert seen["target"] and seen["target"].startswith("MARK:")
            assert "https://herald.example.org/tunnel?a=1&b=2" in seen["links"]
            assert not any(h.lower().startswith("javascript") for h in seen["links"])
            assert seen["shownKinds"] and set(seen["shownKinds"]) == {"numbers-differ"}
            assert seen["sorted"] == sorted(seen["sorted"])
            assert not seen["reviewedBefore"]
            lines = seen["csv"].strip().split("\r\n")
            assert lines[0] == '"cluster","statement","First Post","Second ""Herald"""'
            assert any("<b>nobody</b>" in line for line in lines[1:])
        else:
            assert seen["reviewedBefore"], "the reviewed mark was not kept across a reload"


NARROW = """<script>
(function () {
  document.documentElement.style.width = "390px";  // (headless Chromium keeps a window at least 500 px wide)
  var table = document.querySelector("table.sources");
  var pre = document.createElement("pre");
  pre.id = "harness-result";
  pre.textContent = JSON.stringify({table: table.scrollWidth, room: table.parentElement.clientWidth,
                                    view: window.innerWidth});
  document.body.appendChild(pre);
})();
</script>"""


def test_comparison_sources_fit_a_phone_screen(tmp_path):
    # at 390 px every column of the sources table (outlet, date, address, article link) stays in view
    long_url = "https://www.example-outlet.example.org/world/2017/02/09/" + "a-very-long-article-slug-" * 4
    docs = [build("The tunnel opened, the mayor said.",
                  [("Jo Vance", "person", "the mayor", "said", "The tunnel opened", None)],
                  meta={"outlet": f"Outlet number {k}", "url": long_url, "published": "2017-02-09"})
            for k in range(2)]
    page = render_comparison(compare(docs))
    html_file = tmp_path / "narrow.html"
    html_file.write_text(page.replace("</body>", NARROW + "</body>"), encoding="utf-8")
    seen = run(html_file, tmp_path / "profile", width=390)
    assert seen["view"] <= 640, seen  # (the narrow layout; headless Chromium may widen the window to 500)
    assert seen["table"] <= seen["room"], seen
