"""The HTML run report: self-contained, computed from edits, and rendered by a real browser."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cleanse import FileResult, RunReport, run
from cleanse.html_report import HtmlReport

from .test_cli import cleanse

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# Injected by the test, not part of the report: after the browser has laid the
# page out, list the chart's bars and the marked removals that have a visible
# size, and count the resources the page tried to fetch.
PROBE = """<script>
(() => {
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const bars = [...document.querySelectorAll("#stage-chart rect.bar")].filter(shown);
  const marks = [...document.querySelectorAll(".row.removed")].filter(shown).map((row) => ({
    stage: row.dataset.stage,
    text: row.querySelector("del.edit").textContent,
    label: row.querySelector(".label").textContent,
  }));
  const probe = document.createElement("pre");
  probe.id = "probe";
  probe.textContent = JSON.stringify({
    bars: bars.map((b) => ({
      stage: b.dataset.stage,
      kind: b.classList[1],
      count: Number(b.dataset.count),
      width: b.getBoundingClientRect().width,
    })),
    marks,
    resources: performance.getEntriesByType("resource").length,
  });
  document.body.appendChild(probe);
})();
</script>"""


def fixtures_page(tmp_path: Path) -> tuple[Path, dict[str, object]]:
    """Run the CLI over fixtures/raw with --html and --report; return both."""
    page, report = tmp_path / "report.html", tmp_path / "report.json"
    proc = cleanse(
        "clean", "fixtures/raw", "-o", str(tmp_path / "out.jsonl"),
        "--html", str(page), "--report", str(report),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return page, json.loads(report.read_text(encoding="utf-8"))


def test_page_is_self_contained_and_escaped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "<b>Title</b>\n\nTT\n\n<b>Title</b>\n\nBody <script>alert(1)</script>.\n", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text(" \n", encoding="utf-8")
    page = HtmlReport(stage_order=("drop_markers",))
    report = RunReport()
    for result in run([str(tmp_path)]):
        report.add(result)
        page.add(result)
    html = page.render(report)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for fetch in ("http:", "https:", "src=", "href=", "<link", "@import", "url("):
        assert fetch not in html, fetch
    assert '<table id="rejects">' in html and "no text: the input is empty" in html
    assert '<del class="edit removed" data-stage="drop_markers">TT</del>' in html
    assert [r.source for r in page.sample] == [str(tmp_path / "a.txt")]


def test_sample_prefers_files_that_show_most_stages() -> None:
    results = list(run(["fixtures/raw"]))
    page = HtmlReport(sample=2)
    for result in results:
        page.add(result)

    def stages(r: FileResult) -> int:
        edits = [e for d in r.documents for e in d.edits]
        return len({e.stage for e in edits if e.line is not None and e.kind != "split"})

    best = sorted(results, key=stages, reverse=True)
    assert {r.source for r in page.sample} == {r.source for r in best[:2]}
    assert stages(best[1]) > stages(best[-1])


def test_chart_counts_are_the_report_counts(tmp_path: Path) -> None:
    page, report = fixtures_page(tmp_path)
    html = page.read_text(encoding="utf-8")
    stages = report["stages"]
    assert isinstance(stages, dict)
    drawn = re.findall(r'class="bar removed" data-stage="(\w+)" data-count="(\d+)"', html)
    assert {s: int(n) for s, n in drawn} == {
        s: v["removed"] for s, v in stages.items() if v["removed"]
    }
    # Long unedited stretches of a sampled file fold away; edited lines never do.
    assert "<summary>27 unchanged lines (13–39)</summary>" in html
    for folded in re.findall(r'<details class="gap">.*?</details>', html):
        assert not re.search(r'class="(row \w+|split)"', folded), folded[:300]


def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    """Acceptance: the report of the fixtures/raw run, rendered by a browser,
    shows the chart and marked removals labelled with their stage."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    page, report = fixtures_page(tmp_path)
    probed = tmp_path / "probed.html"
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"))
    proc = subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1200,1600", "--dump-dom", probed.as_uri(),
        ],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    found = re.search(r'<pre id="probe">(.*?)</pre>', proc.stdout, re.S)
    assert found, "the probe did not run: " + proc.stdout[:500]
    probe = json.loads(found.group(1).replace("&amp;", "&").replace("&lt;", "<"))

    stages = report["stages"]
    assert isinstance(stages, dict)
    removed = {b["stage"]: b for b in probe["bars"] if b["kind"] == "removed"}
    assert set(removed) == {s for s, v in stages.items() if v["removed"]}
    assert removed["drop_markers"]["count"] == stages["drop_markers"]["removed"]
    # Drawn to scale: collapse_header removed more lines than drop_markers.
    assert removed["collapse_header"]["width"] > removed["drop_markers"]["width"] > 0

    marks = probe["marks"]
    assert {"stage": "drop_markers", "text": "TT", "label": "drop_markers: UI marker"} in marks
    assert {m["stage"] for m in marks} >= {"drop_markers", "collapse_header"}
    assert probe["resources"] == 0
