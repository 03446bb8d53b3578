"""The library surface: pipeline composition, config, files, reports."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from pydantic import ValidationError

import cleanse
from cleanse import Config, Draft, Pipeline, StageError, UsageError
from cleanse.files import atomic_output

from .conftest import FIXTURES

SEED_TEXT = (FIXTURES / "raw" / "seed_two_articles.txt").read_text(encoding="utf-8")


def shout_titles(draft: Draft, config: Config) -> Draft:
    """A user's own stage."""
    return draft if draft.title is None else draft.replace(title=draft.title.upper())


def explode(draft: Draft, config: Config) -> Draft:
    raise RuntimeError("boom")


def test_import_has_no_side_effects_and_exports_are_real() -> None:
    for name in cleanse.__all__:
        assert hasattr(cleanse, name), name


def test_clean_text_seed() -> None:
    docs = cleanse.clean_text(SEED_TEXT, source="seed.txt")
    assert [d.part for d in docs] == [0, 1]
    assert docs[0].source == "seed.txt"
    assert docs[0].id != docs[1].id
    assert docs[0].id == cleanse.clean_text(SEED_TEXT, source="seed.txt")[0].id


def test_pipeline_compose_by_name() -> None:
    p = Pipeline().add("shout_titles", shout_titles, after="collapse_header")
    assert p.names.index("shout_titles") == p.names.index("collapse_header") + 1
    docs = p.run(SEED_TEXT).documents
    assert docs[0].title == "IRANIAN DRONES DISRUPT RELATIONS BETWEEN BOLIVIA, ARGENTINA"
    assert Pipeline().without("split_articles").run(SEED_TEXT).documents[0].part == 0
    assert len(Pipeline().without("split_articles").run(SEED_TEXT).documents) == 1


def test_pipeline_replace_and_order_from_config() -> None:
    p = Pipeline().replace("drop_markers", lambda d, c: d)
    assert "TT" in p.run("T\n\nx\nTT\nBody.").documents[0].body
    reordered = Config(stages=("fix_encoding", "normalize_paragraphs"))
    assert Pipeline(config=reordered).names == ("fix_encoding", "normalize_paragraphs")


def test_pipeline_rejects_bad_names_and_duplicates() -> None:
    with pytest.raises(UsageError, match="unknown stage 'nope'"):
        Pipeline(["nope"])
    with pytest.raises(UsageError, match="appears twice"):
        Pipeline(["drop_markers", ("drop_markers", shout_titles)])
    with pytest.raises(UsageError, match="no stage 'nope'"):
        Pipeline().add("x", shout_titles, before="nope")


def test_stage_contract_is_checked() -> None:
    bad = Pipeline().add("bad", lambda d, c: "not a draft")  # type: ignore[arg-type,return-value]
    with pytest.raises(StageError, match="stage 'bad' returned str"):
        bad.run("Some text.")


def test_edits_carry_the_registered_stage_name() -> None:
    def mark(draft: Draft, config: Config) -> Draft:
        return draft.drop_lines({0: "test"}, stage="whatever")

    docs = Pipeline().add("my_stage", mark, before="split_articles").run("Gone\nKept.").documents
    assert [e.stage for e in docs[0].edits] == ["my_stage"]


def test_pipeline_is_picklable() -> None:
    p = Pipeline().add("shout_titles", shout_titles)
    q = pickle.loads(pickle.dumps(p))
    assert q.names == p.names
    assert q.run(SEED_TEXT).documents == p.run(SEED_TEXT).documents


def test_config_overrides_are_validated() -> None:
    assert Config().with_overrides(quote_style="keep").quote_style == "keep"
    with pytest.raises(ValidationError):
        Config().with_overrides(quote_style="fancy")
    with pytest.raises(ValidationError):
        Config().with_overrides(no_such_option=1)
    with pytest.raises(ValidationError, match="invalid caption credit pattern"):
        Config(caption_credits=("(unclosed",))
    with pytest.raises(ValidationError, match="repeated: drop_markers"):
        Config(stages=("drop_markers", "drop_markers"))
    assert pickle.loads(pickle.dumps(Config())) == Config()


def test_a_failing_stage_does_not_stop_the_run(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Title\n\nBody text.\n", encoding="utf-8")
    results = list(cleanse.run([str(tmp_path)], pipeline=Pipeline().add("explode", explode)))
    assert [r.status for r in results] == ["failed", "failed"]
    assert "RuntimeError: boom" in (results[0].error or "")
    report = cleanse.RunReport()
    for r in results:
        report.add(r)
    assert report.files_failed == 2 and not report.all_ok


def test_clean_files_and_run_agree_across_jobs() -> None:
    pattern = str(FIXTURES / "raw" / "*.txt")
    one = list(cleanse.clean_files([pattern]))
    two = list(cleanse.clean_files([pattern], jobs=2))
    assert one == two and len(one) >= 15


def test_report_is_computed_from_edits_and_merges() -> None:
    results = list(cleanse.run([str(FIXTURES / "raw")]))
    whole = cleanse.RunReport()
    a, b = cleanse.RunReport(), cleanse.RunReport()
    for i, r in enumerate(results):
        whole.add(r)
        (a if i % 2 else b).add(r)
    merged = b + a
    assert merged.documents == whole.documents and merged.stages == whole.stages
    removed = sum(
        1 for r in results for d in r.documents for e in d.edits if e.stage == "drop_markers"
    )
    assert whole.stages["drop_markers"].removed == removed


def test_atomic_output_leaves_nothing_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError), atomic_output(str(target)) as handle:
        handle.write("partial")
        raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []
    with atomic_output(str(target)) as handle:
        handle.write("done\n")
    assert target.read_text() == "done\n"
    assert target.stat().st_mode & 0o777 != 0o600
