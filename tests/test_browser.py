"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright.

Skipped, saying so, when /usr/bin/chromium is missing (`.ci/run` installs it). Screenshots
go to out/screenshots/ (and to docs/img/ with ACCORD_DOCS_SCREENSHOTS=1).
"""

import datetime as dt
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from tests.conftest import ROOT, SEED_COPY

from accord.batch import ingest
from accord.store import Store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [pytest.mark.browser, pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="no /usr/bin/chromium: browser tests skipped "
    "(install Debian's chromium package; .ci/run does)")]
SHOTS = ROOT / "out" / "screenshots"
TOKEN = "browser-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, coder):
    import uvicorn

    from accord.knowledge.tsv import packaged
    from accord.server.app import create_app

    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store(db) as s:
        ingest([packaged("sample", "us-government-news.jsonl"), SEED_COPY], s, coder,
               published=dt.date(2025, 8, 21))
    port = _free_port()
    app = create_app(db, TOKEN)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        pg = browser.new_page(viewport={"width": 1200, "height": 900})
        yield pg
        browser.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    if os.environ.get("ACCORD_DOCS_SCREENSHOTS"):
        page.screenshot(path=str(ROOT / "docs" / "img" / f"{name}.png"), full_page=False)


def test_overview_shows_real_data(page, server):
    page.goto(server + "/#/")
    page.wait_for_selector("text=Most active dyads")
    assert page.locator("main table tr").count() > 5
    shot(page, "overview")


def test_dyad_page_and_a_chart_point_leads_to_sentences(page, server):
    page.goto(server + "/#/dyad/BLR/IRN")
    page.wait_for_selector("main h1:text-is('BLR – IRN')")
    page.wait_for_selector("svg circle.point")
    assert "BLR – IRN" in page.inner_text("h1")
    page.locator("svg circle.point").first.click()
    page.wait_for_selector("#picked table")
    picked = page.inner_text("#picked")
    assert "Minsk" in picked or "Belarus" in picked
    assert page.locator("#picked mark").count() >= 1  # the trigger highlighted
    shot(page, "dyad-BLR-IRN-page")


def test_network_and_events_pages(page, server):
    page.goto(server + "/#/network")
    page.wait_for_selector("main h1:text-is('Alignment network')")
    page.wait_for_selector("svg circle")
    assert page.locator("svg circle").count() > 10
    shot(page, "network-page")
    page.goto(server + "/#/events?country=IRN&limit=50")
    page.wait_for_selector("main h1:text-is('Events')")
    page.wait_for_selector("main table tbody tr")
    assert page.locator("main table tbody tr").count() >= 3
    page.keyboard.press("Tab")  # the page is reachable from the keyboard


def test_ingest_form_codes_a_story_and_shows_its_status(page, server):
    page.goto(server + "/#/ingest")
    page.fill("input[name=token]", TOKEN)
    page.fill("input[name=published]", "2025-09-01")
    page.fill("textarea[name=text]", "Japan will impose sanctions on North Korea next month.")
    page.click("text=Code and store")
    page.wait_for_selector("#result table")
    assert "intended" in page.inner_text("#result")
    shot(page, "ingest")
