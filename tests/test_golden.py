"""The golden suite: every fixtures/raw input against its reviewed expected output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanse.golden import as_data, clean_golden, expected_path, raw_files, write_expected

from .conftest import FIXTURES

RAW = raw_files(FIXTURES)


def test_fixture_folder_is_complete() -> None:
    assert len(RAW) >= 12
    expected = {p.name for p in (FIXTURES / "expected").glob("*.json")}
    assert expected == {expected_path(FIXTURES, p).name for p in RAW}, (
        "every raw fixture needs an expected file and vice versa; "
        "run `pytest tests/test_golden.py --update-golden` and review the diff"
    )


@pytest.mark.parametrize("raw", RAW, ids=[p.name for p in RAW])
def test_golden(raw: Path, update_golden: bool) -> None:
    result = clean_golden(FIXTURES, raw)
    if update_golden:
        write_expected(FIXTURES, raw, result)
    path = expected_path(FIXTURES, raw)
    assert path.exists(), f"{path} is missing; run pytest --update-golden and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert as_data(result) == expected, (
        f"output for {raw.name} differs from {path.relative_to(FIXTURES.parent)}; if the change "
        "is intended, run `pytest tests/test_golden.py --update-golden` and review the diff"
    )
