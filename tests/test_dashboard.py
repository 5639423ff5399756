"""The dashboard as a person sees it: `transcripts dashboard` started for real, driven by Debian's headless
Chromium through the overview and one drill-down; screenshots go to tmp/artifacts/dashboard/.

Marked `browser`: `pytest -m "not browser"` runs the rest of the suite without it; `make test` runs it
(the Makefile installs chromium first when /usr/bin/chromium is missing).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import duckdb
import pytest

from cli.serve import free_loopback_port
from dashboard import data
from flows.runner import run_ingest
from tests.conftest import REPO, SAMPLE, query
from tests.test_cli import TRANSCRIPTS, _env

CHROMIUM = Path("/usr/bin/chromium")
# Never a downloaded browser, and nothing the browser may do on its own reaches the network.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]  # fmt: skip
ARTIFACTS = REPO / "tmp" / "artifacts" / "dashboard"
PAGE_SECONDS = 90


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dashboard")
    shutil.copytree(SAMPLE, root / "sample")
    run_ingest(root / "sample", root / "w.duckdb")
    return root / "w.duckdb"


@pytest.fixture(scope="module")
def dashboard_url(warehouse: Path) -> Iterator[str]:
    port = free_loopback_port()
    process = subprocess.Popen(
        [str(TRANSCRIPTS), "dashboard", "--warehouse", str(warehouse), "--port", str(port)],
        env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + PAGE_SECONDS
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
            with suppress(OSError), urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
            time.sleep(0.3)
        else:
            pytest.fail(f"the dashboard did not answer within {PAGE_SECONDS} s")
        yield url
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def _chromium() -> Path:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("/usr/bin/chromium is missing: `make test` installs it (apt-get install chromium)")
        pytest.skip("/usr/bin/chromium not installed; `make test` installs it")
    return CHROMIUM


@pytest.mark.browser
def test_overview_and_drilldown_in_chromium(dashboard_url: str, warehouse: Path) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    turns = query(warehouse, "SELECT sum(n_turns) FROM session_overview")[0][0]
    defects = query(warehouse, "SELECT count(*) FROM defects")[0][0]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(_chromium()), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1800})
            page.goto(dashboard_url)
            # The defect links are drawn last: once they are there the whole overview has rendered.
            links = page.locator("a[href*='?defect=']")
            links.first.wait_for(timeout=PAGE_SECONDS * 1000)
            metrics = dict(text.split("\n", 1) for text in page.get_by_test_id("stMetric").all_inner_texts())
            page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)
            assert int(metrics["Turns loaded"].strip().replace(",", "")) == turns == 45
            assert int(metrics["Defects"].strip().replace(",", "")) == defects
            assert links.count() == query(warehouse, "SELECT count(*) FROM defects WHERE session_id IS NOT NULL")[0][0]

            # Drill down from the mojibake defect: its turn is kept, repaired, and highlighted in its session.
            href = links.filter(has_text="mojibake").first.get_attribute("href")
            assert href is not None
            page.goto(f"{dashboard_url}/{href.lstrip('/')}")
            highlighted = page.get_by_test_id("highlighted-turn")
            highlighted.wait_for(timeout=PAGE_SECONDS * 1000)
            page.screenshot(path=str(ARTIFACTS / "drilldown.png"), full_page=True)
            defect_id = href.split("defect=", 1)[1]
            excerpt, repaired, line = query(
                warehouse, "SELECT excerpt, repaired_text, source_line FROM defects WHERE defect_id = ?", [defect_id]
            )[0]
            assert f"line {line}" in highlighted.inner_text()
            assert str(repaired) in highlighted.inner_text()
            codes = page.locator("pre code").all_inner_texts()
            assert [c.strip() for c in codes[:2]] == [str(excerpt).strip(), str(repaired).strip()]
            assert page.get_by_test_id("highlighted-turn").count() == 1
        finally:
            browser.close()
    assert (ARTIFACTS / "overview.png").stat().st_size > 10_000
    assert (ARTIFACTS / "drilldown.png").stat().st_size > 10_000


def test_dashboard_reads_wait_for_a_load_and_never_hold_the_file(warehouse: Path, tmp_path: Path) -> None:
    copy = tmp_path / "w.duckdb"
    shutil.copy(warehouse, copy)
    # A load holds the file for two seconds: the read waits it out instead of failing.
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
         "time.sleep(2); c.close()", str(copy)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    assert data.headline(copy)["turns"] == 45
    waited = time.monotonic() - started
    holder.wait(timeout=30)
    assert waited > 0.5
    # After a read the file is free again: a writer gets in at once.
    writer = duckdb.connect(str(copy))
    writer.close()
    found = data.drilldown(copy, str(query(copy, "SELECT defect_id FROM defects WHERE defect_type = 'mojibake'")[0][0]))
    assert found is not None and found.highlighted_turn is not None
    assert found.turns.filter("highlighted").height == 1
    dropped = query(copy, "SELECT defect_id FROM defects WHERE defect_type = 'duplicate_turn' LIMIT 1")[0][0]
    dropped_view = data.drilldown(copy, str(dropped))
    assert dropped_view is not None and dropped_view.highlighted_turn is None  # a dropped turn is not in turns
    assert data.drilldown(copy, "no-such-defect") is None
