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


# --- the paste page in real Chromium, driven by selenium through Debian's chromium-driver ----------
CHROMEDRIVER = shutil.which("chromedriver")
PASTE = ("Critics slammed the plan, sources said. The convoy was reportedly hit near the border.\n\n"
         "“We regret it,” Kremlin spokesman Dmitry Peskov said on Friday. "
         "The Turkish army said three soldiers were killed.\n")


@pytest.fixture(scope="module")
def browser():
    if CHROMEDRIVER is None or CHROMIUM is None:
        if os.environ.get("ATTRIB_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium-driver not installed (apt-get install chromium chromium-driver)")
        pytest.skip("chromium-driver not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--disable-background-networking", "--no-first-run"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(180)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def live_server(analyzer):
    """A real uvicorn on 127.0.0.1 in this process, on the session's analyzer (no second model load)."""
    import threading

    import uvicorn

    from attrib.serve import create_app
    from test_serve import free_port, wait_healthy

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(lambda: analyzer), host="127.0.0.1", port=port,
                                           log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_healthy(f"http://127.0.0.1:{port}", limit=60)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)


def shoot(driver, name, width):
    folder = os.environ.get("ATTRIB_SCREENSHOTS")
    if folder:
        driver.set_window_size(width, 1600)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(height, 5000))
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"{name}-{width}.png"))
        driver.set_window_size(1280, 1600)


def click(driver, element):
    """A real click, after scrolling the element to the middle of the window (nothing covers it there)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def test_paste_submit_highlights_and_filters(browser, live_server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(live_server + "/")
    for width in (1280, 390):
        shoot(browser, "paste", width)
    browser.find_element(By.ID, "title").send_keys("Convoy hit <near> the border")
    browser.find_element(By.ID, "text").send_keys(PASTE)
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 180).until(lambda d: d.find_elements(By.CSS_SELECTOR, "article .q"))
    assert browser.title == "Convoy hit <near> the border — attrib report"
    for width in (1280, 390):
        shoot(browser, "article", width)
    quotes = browser.find_elements(By.CSS_SELECTOR, "article .q[data-speaker]")
    labels = [e.get_attribute("data-label") for e in browser.find_elements(By.CSS_SELECTOR, "article .who")]
    assert len(quotes) >= 3 and "Peskov" in " ".join(labels)
    marks = browser.find_elements(By.CSS_SELECTOR, "article a.fd")
    rows = browser.find_elements(By.CSS_SELECTOR, "#findings-table tr[data-f]")
    assert marks and len(rows) >= 2
    # text → row: following a marked finding targets its row
    click(browser, marks[0])
    target = browser.execute_script("return location.hash")
    assert target.startswith("#row-f") and browser.find_element(By.CSS_SELECTOR, target).is_displayed()
    # filter by severity: other rows hide, their marks turn off
    Select(browser.find_element(By.ID, "filter-severity")).select_by_value("error")
    for row in rows:
        assert row.is_displayed() == (row.get_attribute("data-severity") == "error")
    off = browser.find_elements(By.CSS_SELECTOR, "article a.fd.off")
    assert 0 < len(off) < len(marks) or all(r.get_attribute("data-severity") != "error" for r in rows)
    # filter by speaker: the other speakers' highlights dim
    speaker = Select(browser.find_element(By.ID, "filter-speaker"))
    peskov = next(o.get_attribute("value") for o in speaker.options if "Peskov" in o.text)
    speaker.select_by_value(peskov)
    for q in quotes:
        assert ("dim" in q.get_attribute("class")) == (q.get_attribute("data-speaker") != peskov)
    # row → text: the "where" link leads back to the passage
    Select(browser.find_element(By.ID, "filter-severity")).select_by_value("")
    link = browser.find_element(By.CSS_SELECTOR, "#findings-table tr[data-f] td a")
    click(browser, link)
    assert browser.execute_script("return location.hash") == "#" + link.get_attribute("href").split("#", 1)[1]


def test_upload_several_files_to_compare(browser, live_server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    files = sorted((ROOT / "corpus").glob("*.txt"))[:3]
    browser.get(live_server + "/")
    browser.find_element(By.ID, "files").send_keys("\n".join(str(f) for f in files))
    browser.find_element(By.CSS_SELECTOR, "input[name=mode][value=compare]").click()
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 300).until(lambda d: "attrib comparison" in d.title)
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.matrix thead th")]
    assert [f.name for f in files] == headers[1:]
    for width in (1280, 390):
        shoot(browser, "comparison", width)
