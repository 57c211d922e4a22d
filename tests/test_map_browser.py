"""The interactive HTML map, opened in a real headless Chromium (offline).

Writes ``topic_map.html`` with :func:`newstag.report.interactive.interactive_map` for a
small synthetic corpus, loads it in Debian's Chromium through Selenium and
ChromeDriver (``/usr/bin/chromium``, ``/usr/bin/chromedriver``), with the
network switched off, and checks what a reader sees: one marker per item,
and a hover label that shows the item's headline.

``make test`` installs Chromium and ChromeDriver with apt-get when they are
missing (as root). Selenium Manager, which would download a driver, is never
used: the driver path is given, and the test fails if Selenium asks for it.
"""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from _synthetic import make_corpus, make_tags

from newstag.report.interactive import HTML_DIV_ID, interactive_map

CHROMIUM = Path(os.environ.get("NEWSTAG_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("NEWSTAG_CHROMEDRIVER", "/usr/bin/chromedriver"))
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1400,1000",
)
# A title with characters that must be escaped in HTML, and shown unescaped.
SPECIAL_TITLE = 'Rebels & army "agree" <truce> in Syria\'s Idlib'

GROUP_TOPIC = {"football": 0, "cooking": 1, "astronomy": 2}
TOPIC_LABELS = {0: "striker · penalty", 1: "oven · garlic", 2: "orbit · comet"}

pytestmark = pytest.mark.slow


def _require_browser() -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not (p.is_file() and os.access(p, os.X_OK))]
    if not missing:
        return
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        pytest.skip(
            f"headless-browser test skipped: {', '.join(missing)} not installed and this user is not root, "
            "so `make test` cannot apt-get them; run `sudo apt-get install chromium chromium-driver`"
        )
    pytest.fail(
        f"{', '.join(missing)} not found: the browser test needs Debian's Chromium and ChromeDriver. "
        "`make test` installs them (apt-get install chromium chromium-driver); "
        "or run `make browser` once, then pytest again",
        pytrace=False,
    )


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    """topic_map.html for 30 synthetic items on a grid (so no two markers overlap)."""
    corpus = make_corpus(10, n_groups=3, seed=4)
    corpus.loc[0, "title"] = SPECIAL_TITLE
    n = len(corpus)
    coords = np.column_stack([np.arange(n) % 6 * 3.0, np.arange(n) // 6 * 3.0])
    topics = corpus["group"].map(GROUP_TOPIC).to_numpy()
    path = interactive_map(coords, corpus, topics, make_tags(corpus), tmp_path_factory.mktemp("map") / "topic_map.html",
                           topic_labels=TOPIC_LABELS)
    return path, corpus, coords


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _require_browser()
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.selenium_manager import SeleniumManager
    except ImportError:
        pytest.fail("selenium is not installed: `make test` installs it (pip install -e '.[dev]')", pytrace=False)

    def no_download(*args, **kwargs):
        raise AssertionError("Selenium Manager was called; it must not download a driver or browser")

    original = SeleniumManager.binary_paths
    SeleniumManager.binary_paths = no_download
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    service = Service(executable_path=str(CHROMEDRIVER), log_output=os.devnull)
    driver = webdriver.Chrome(service=service, options=options)
    try:
        # No network at all: the page must render from the file alone.
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        driver.set_page_load_timeout(60)
        driver.set_script_timeout(30)
        yield driver
    finally:
        driver.quit()
        SeleniumManager.binary_paths = original


@pytest.fixture(scope="module")
def page(browser, map_file):
    from selenium.webdriver.support.ui import WebDriverWait

    path, corpus, coords = map_file
    browser.get(path.resolve().as_uri())
    WebDriverWait(browser, 30).until(
        lambda d: d.execute_script(
            "const gd = document.getElementById(arguments[0]);"
            "return !!(gd && gd._fullLayout && document.querySelectorAll('.scatterlayer .point').length);",
            HTML_DIV_ID,
        )
    )
    return browser, corpus, coords


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.sources: list[str] = []
        self.inline = 0
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            if attrs.get("src"):
                self.sources.append(attrs["src"])
            else:
                self.inline += 1
        elif tag == "link" and attrs.get("href"):
            self.links.append(attrs["href"])


def test_html_loads_no_external_script(map_file):
    path, _, _ = map_file
    parser = _Scripts()
    parser.feed(path.read_text(encoding="utf-8"))
    assert parser.sources == [], f"external scripts would need a network: {parser.sources}"
    assert parser.links == []
    assert parser.inline >= 2  # plotly.js itself, and the figure


def test_every_item_is_drawn_as_a_point(page):
    driver, corpus, _ = page
    n_points = driver.execute_script("return document.querySelectorAll('.scatterlayer .point').length;")
    assert n_points == len(corpus)
    visible = driver.execute_script(
        "const gd = document.getElementById(arguments[0]);"
        "return gd._fullData.filter(t => t.visible === true).reduce((s, t) => s + t.x.length, 0);",
        HTML_DIV_ID,
    )
    assert visible == len(corpus)
    assert driver.execute_script("return document.querySelectorAll('script[src]').length;") == 0
    legend = driver.execute_script("return document.querySelector('.legend').textContent;")
    assert "striker · penalty" in legend and "(10)" in legend


def _hover_label(driver) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("const h = document.querySelector('.hoverlayer .hovertext'); return h && h.textContent;")
    )
    return driver.execute_script("return document.querySelector('.hoverlayer .hovertext').textContent;")


def _unhover(driver) -> None:
    driver.execute_script("Plotly.Fx.unhover(document.getElementById(arguments[0]));", HTML_DIV_ID)


def test_hover_shows_the_title_plotly_event(page):
    driver, corpus, coords = page
    _unhover(driver)
    # The item with the special title: find its trace and index as plotly holds them.
    curve, point = driver.execute_script(
        "const gd = document.getElementById(arguments[0]);"
        "for (const t of gd._fullData) { if (t.visible !== true) continue;"  # _fullData: x, y decoded from base64
        "  for (let p = 0; p < t.x.length; p++)"
        "    if (t.x[p] === arguments[1] && t.y[p] === arguments[2]) return [t.index, p]; }"
        "return null;",
        HTML_DIV_ID, float(coords[0, 0]), float(coords[0, 1]),
    )
    driver.execute_script(
        "Plotly.Fx.hover(document.getElementById(arguments[0]), [{curveNumber: arguments[1], pointNumber: arguments[2]}]);",
        HTML_DIV_ID, curve, point,
    )
    label = _hover_label(driver)
    assert SPECIAL_TITLE in label  # escaped in the file, shown as written
    assert f"outlet: {corpus.loc[0, 'source']}" in label
    assert f"date: {pd.Timestamp(corpus.loc[0, 'date']):%Y-%m-%d}" in label
    assert TOPIC_LABELS[GROUP_TOPIC[corpus.loc[0, "group"]]] in label


def test_hover_by_real_mouse_shows_that_items_title(page):
    from selenium.webdriver.common.action_chains import ActionChains

    driver, corpus, coords = page
    _unhover(driver)
    driver.execute_script(
        "window.__hovered = null; document.getElementById(arguments[0]).on('plotly_hover',"
        " e => { window.__hovered = [e.points[0].x, e.points[0].y]; });",
        HTML_DIV_ID,
    )
    markers = driver.find_elements("css selector", ".scatterlayer .point")
    ActionChains(driver).move_to_element(markers[5]).pause(0.3).perform()
    label = _hover_label(driver)
    hovered = driver.execute_script("return window.__hovered;")
    assert hovered is not None, "no plotly_hover event after moving the mouse onto a marker"
    [row] = np.flatnonzero((coords[:, 0] == hovered[0]) & (coords[:, 1] == hovered[1]))
    title = corpus.loc[row, "title"]
    assert title in label, (title, label)
