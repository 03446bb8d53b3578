"""Corpus dedup: the acceptance cases, the adapter's rules, and the kernels against models."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from benchmarks.corpus import CorpusSpec, make_corpus
from benchmarks.pairs import accuracy, controlled_pairs, corpus_pairs

import cleanse
from cleanse import DedupOptions, FileResult, UsageError
from cleanse.exact import FirstSeen, paragraph_keys, text_keys
from cleanse.keyindex import KeyIndex
from cleanse.minhash import (
    EMPTY,
    LshIndex,
    MinHasher,
    band_keys,
    detection_probability,
    estimate_similarity,
)

from .conftest import FIXTURES, ROOT
from .test_cli import cleanse as cleanse_cli
from .test_cli import records

SEED_TEXT = (FIXTURES / "raw" / "seed_two_articles.txt").read_text(encoding="utf-8")


def second_article(text: str) -> str:
    """The raw text of the second article of the seed file, from its split edit."""
    docs = cleanse.clean_text(text, "seed.txt")
    (line,) = [e.line for e in docs[1].edits if e.kind == "split"]
    assert line is not None
    return "\n".join(text.split("\n")[line - 1 :])


def shingle_set(text: str, hasher: MinHasher) -> set[int]:
    hashes, _ = hasher.shingles([text])
    return set(hashes.tolist())


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b)


def run_dedup(folder: Path, *modes: str, **options: object) -> list[FileResult]:
    opts = DedupOptions(modes=modes, **options)  # type: ignore[arg-type]
    return list(cleanse.dedup_corpus(cleanse.run([str(folder)]), opts))


# ---------------------------------------------------------------------------
# Acceptance


@pytest.mark.parametrize("own_name", ["second.txt", "a_second.txt"])
def test_archive_article_that_also_has_its_own_file_comes_out_once(
    tmp_path: Path, own_name: str
) -> None:
    (tmp_path / "archive.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / own_name).write_text(second_article(SEED_TEXT), encoding="utf-8")
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    proc = cleanse_cli(
        "clean", str(tmp_path / "*.txt"), "-o", str(out), "--rejects", str(rejects),
        "--dedup", "exact",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr  # a dropped duplicate is not a failure
    titles = [d["title"] for d in records(out)]
    second = "North Korean Leader Says Past Diplomacy Only Confirmed US Hostility"
    assert titles.count(second) == 1
    assert len(titles) == 2
    (rej,) = records(rejects)
    assert rej["stage"] == "dedup_exact"
    # The first in sorted input order wins: the archive when it sorts first.
    archive_first = own_name > "archive.txt"
    winner = ("archive.txt", 1) if archive_first else (own_name, 0)
    loser = (own_name, 0) if archive_first else ("archive.txt", 1)
    assert rej["duplicate_of"] == cleanse.model.document_id(str(tmp_path / winner[0]), winner[1])
    assert (rej["source"], rej["part"]) == (str(tmp_path / loser[0]), loser[1])
    assert "1 duplicate(s) dropped" in proc.stderr


def change_one_sentence(text: str) -> str:
    old = "During the speech at the exhibition, Kim touched on the failed summits without naming"
    assert old in text
    new = "Officials in Seoul said the speech was aimed at a home audience and not at"
    return text.replace(old, new, 1)


def test_near_copy_with_a_changed_sentence_is_caught_at_the_default_threshold(
    tmp_path: Path,
) -> None:
    article = second_article(SEED_TEXT)
    copy = change_one_sentence(article)
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "b.txt").write_text(copy, encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        (FIXTURES / "raw" / "three_merged.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    options = DedupOptions(modes=("near",))
    # The pair really is above the documented threshold, and not an exact copy.
    body_a, body_b = (cleanse.clean_text(t)[0].body for t in (article, copy))
    hasher = MinHasher(options.num_perm, options.ngram, options.seed)
    similarity = jaccard(shingle_set(body_a, hasher), shingle_set(body_b, hasher))
    assert options.threshold <= similarity < 1.0
    assert body_a != body_b

    results = run_dedup(tmp_path, "near")
    by_source = {Path(r.source).name: r for r in results}
    assert [len(by_source[n].documents) for n in ("a.txt", "b.txt", "c.txt")] == [1, 0, 3]
    (rej,) = by_source["b.txt"].rejects
    assert rej.stage == "dedup_near"
    assert rej.duplicate_of == by_source["a.txt"].documents[0].id
    assert "estimated similarity" in rej.reason
    assert by_source["b.txt"].status == "duplicate"
    # Exact dedup alone lets the near copy through.
    assert len(run_dedup(tmp_path, "exact")[1].documents) == 1


def test_exact_duplicates_keep_the_same_winner_whatever_the_input_order(tmp_path: Path) -> None:
    text = "Title\n\nTT\n\nTitle\n\nThe same story, saved under three names.\n"
    for name in ("c.txt", "a.txt", "b.txt"):  # created out of order
        (tmp_path / name).write_text(text, encoding="utf-8")
    patterns = [str(tmp_path / n) for n in ("c.txt", "a.txt", "b.txt")]
    outcomes = []
    for order in (patterns, patterns[::-1], [str(tmp_path / "*.txt")]):
        results = list(cleanse.dedup_corpus(cleanse.run(order), DedupOptions(modes=("exact",))))
        kept = [r.source for r in results if r.documents]
        dropped = sorted((r.source, r.rejects[0].duplicate_of) for r in results if r.rejects)
        outcomes.append((kept, dropped))
    winner = cleanse.model.document_id(str(tmp_path / "a.txt"), 0)
    assert outcomes[0] == outcomes[1] == outcomes[2]
    assert outcomes[0][0] == [str(tmp_path / "a.txt")]
    assert [of for _, of in outcomes[0][1]] == [winner, winner]


def test_cli_dedup_output_does_not_depend_on_jobs(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for src in (FIXTURES / "raw").iterdir():
        text = src.read_text(encoding="utf-8")
        (pages / src.name).write_text(text, encoding="utf-8")
        (pages / f"zz_copy_{src.name}").write_text(text, encoding="utf-8")
    (pages / "near.txt").write_text(change_one_sentence(SEED_TEXT), encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out, rej = tmp_path / f"out{jobs}.jsonl", tmp_path / f"rej{jobs}.jsonl"
        proc = cleanse_cli(
            "clean", str(pages), "-o", str(out), "--rejects", str(rej), "-j", jobs,
            "--dedup", "exact,near", "--dedup", "paragraphs",
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        outputs.append((out.read_bytes(), rej.read_bytes()))
    assert outputs[0] == outputs[1]
    rejects = [json.loads(line) for line in outputs[0][1].decode().splitlines()]
    assert {r["stage"] for r in rejects} == {"dedup_exact", "dedup_near"}
    assert all(r["duplicate_of"] for r in rejects)
    kept = [json.loads(line) for line in outputs[0][0].decode().splitlines()]
    assert not [d for d in kept if "zz_copy_" in d["source"]]  # every copy is dropped...
    copies = [r for r in rejects if "zz_copy_" in r["source"]]
    assert len(copies) >= 15 and {r["stage"] for r in copies} == {"dedup_exact"}  # ...as exact


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dedup", "fuzzy"], "unknown dedup mode(s) 'fuzzy'"),
        (["--dedup", "near", "--near-threshold", "1.5"], "threshold must be in (0, 1]"),
    ],
)
def test_bad_dedup_options_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "out.jsonl"
    proc = cleanse_cli("clean", "fixtures/raw", "-o", str(out), *args, cwd=ROOT)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert not out.exists()


# ---------------------------------------------------------------------------
# Paragraph dedup and the adapter

LONG_A = "A paragraph long enough to count, shared by the first and the second article."
LONG_B = "Another long paragraph that only the second article has, so it always stays."


def result(source: str, *bodies: str) -> FileResult:
    docs = [cleanse.clean_text(b, source)[0].model_copy(update={"part": k}) for k, b in
            enumerate(bodies)]  # fmt: skip
    return FileResult(source=source, documents=docs)


def test_paragraph_dedup_removes_repeats_of_earlier_documents_with_an_edit() -> None:
    first = result("1.txt", f"{LONG_A}\n\nShort line.")
    second = result("2.txt", f"Short line.\n\n{LONG_A}\n\n{LONG_B}\n\nShort line.\n\n{LONG_B}")
    third = result("3.txt", f"Background\n\n{LONG_A}")
    out = list(cleanse.dedup_corpus([first, second, third], DedupOptions(modes=("paragraphs",))))
    assert out[0] == first
    (doc,) = out[1].documents
    # Short paragraphs stay; a repeat within the same document is left to the page stages.
    assert doc.body == f"Short line.\n\n{LONG_B}\n\nShort line.\n\n{LONG_B}"
    (edit,) = [e for e in doc.edits if e.stage == "dedup_paragraphs"]
    assert (edit.kind, edit.text) == ("removed", LONG_A)
    assert first.documents[0].id in edit.reason
    (rej,) = out[2].rejects
    assert (rej.stage, rej.duplicate_of) == ("dedup_paragraphs", first.documents[0].id)
    report = cleanse.RunReport()
    for r in out:
        report.add(r)
    assert report.duplicates == 1 and report.files_duplicate == 1 and report.all_ok
    assert report.inputs[2].status == "duplicate"
    assert "every long paragraph" in (report.inputs[2].reason or "")


def test_dedup_does_not_depend_on_the_batch_size() -> None:
    pages = make_corpus(CorpusSpec(pages=120, seed=5, exact_dup_rate=0.1, near_dup_rate=0.1))
    results = [
        FileResult(source=f"{i:04d}.txt", documents=cleanse.clean_text(p, f"{i:04d}.txt"))
        for i, p in enumerate(pages)
    ]
    outcomes = []
    for batch in (1, 7, 64, 10_000):
        opts = DedupOptions(modes=("exact", "near", "paragraphs"), batch=batch)
        outcomes.append(list(cleanse.dedup_corpus(results, opts)))
    assert outcomes[0] == outcomes[1] == outcomes[2] == outcomes[3]
    stages = [j.stage for r in outcomes[0] for j in r.rejects]
    assert stages.count("dedup_exact") >= 5 and stages.count("dedup_near") >= 5


def test_bad_options_say_what_to_do() -> None:
    with pytest.raises(UsageError, match="choose from exact, near, paragraphs"):
        DedupOptions(modes=("fuzzy",))  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="bands must be between 1 and num_perm"):
        DedupOptions(bands=200)
    assert DedupOptions(bands=20).rows == 6


def test_old_reject_records_still_validate() -> None:
    old = {"source": "a.txt", "part": 0, "stage": "reject_empty", "reason": "empty"}
    assert cleanse.Reject.model_validate(old).duplicate_of is None


# ---------------------------------------------------------------------------
# Kernels


def test_key_index_matches_a_dict_model() -> None:
    rng = np.random.default_rng(0)
    index, model = KeyIndex(), {}
    for step in range(40):
        keys = rng.integers(0, 300, size=rng.integers(0, 50)).astype(np.uint64)
        values = np.arange(len(keys)) + 1000 * step
        probe = rng.integers(0, 300, size=30).astype(np.uint64)
        expected = [model.get(int(k), -1) for k in probe]
        assert index.lookup(probe).tolist() == expected
        index.add(keys, values)
        for k, v in zip(keys.tolist(), values.tolist(), strict=True):
            model.setdefault(k, v)
    assert len(index) >= len(model)
    assert index.nbytes == 16 * len(index)


def test_first_seen_matches_a_dict_model() -> None:
    rng = np.random.default_rng(1)
    seen, model = FirstSeen(), {}
    number = 0
    for _ in range(30):
        keys = rng.integers(0, 100, size=rng.integers(1, 40)).astype(np.uint64)
        values = np.arange(number, number + len(keys))
        number += len(keys)
        expected = []
        for k, v in zip(keys.tolist(), values.tolist(), strict=True):
            expected.append(model.setdefault(k, v))
        assert seen.first(keys, values).tolist() == expected
    assert len(seen) == len(model)


def test_text_and_paragraph_keys() -> None:
    a, b, c = text_keys(["x", "x", "x "])
    assert a == b != c
    keys, owner, length = paragraph_keys(["é\n\nb", "", "b"])
    assert owner.tolist() == [0, 0, 1, 2]
    assert length.tolist() == [2, 1, 0, 1]  # UTF-8 bytes
    assert keys[1] == keys[3] != keys[0]


def test_shingles_fold_case_and_punctuation_and_keep_short_texts() -> None:
    mh = MinHasher(num_perm=32, ngram=3)
    a, b, short, empty, one = mh.signatures(
        ["One two, three FOUR five.", "one two three four five", "two words", "", "!!"]
    )
    assert (a == b).all()
    assert (short != EMPTY).all()  # one shingle of both words
    assert (empty == EMPTY).all() and (one == EMPTY).all()  # no words at all
    hashes, owner = mh.shingles(["a b c d", "a b", "b c d e"])
    assert sorted(owner.tolist()) == [0, 0, 1, 2, 2]
    assert hashes[owner == 0][1] == hashes[owner == 2][0]  # "b c d" in both


def test_signatures_are_the_same_in_every_process() -> None:
    code = (
        "from cleanse.minhash import MinHasher; "
        "print(MinHasher().signatures(['Same text in every process, at any hash seed.'])"
        "[0, :8].tolist())"
    )
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        outs.add(proc.stdout)
    here = MinHasher().signatures(["Same text in every process, at any hash seed."])
    assert outs == {f"{here[0, :8].tolist()}\n"}


def test_lsh_index_points_at_the_earliest_kept_copy_across_batches() -> None:
    mh = MinHasher(num_perm=64, ngram=2)
    words = [f"w{i}" for i in range(60)]
    base = " ".join(words)
    texts = [
        base,  # 0 kept
        " ".join(f"u{i}" for i in range(60)),  # 1 kept, unrelated
        base,  # 2 -> 0
        base.replace("w30", "x30"),  # 3 -> 0, near
        " ".join(f"u{i}" for i in range(60)),  # 4 -> 1
    ]
    sigs = mh.signatures(texts)
    for split in range(1, 5):
        index = LshIndex(64, 16, 4, 0.7)
        first, _ = index.add(sigs[:split])
        second, _ = index.add(sigs[split:])
        assert [*first.tolist(), *second.tolist()] == [-1, -1, 0, 0, 1]
        assert index.kept == 2
    assert 0.7 <= estimate_similarity(sigs[0], sigs[3]) < 1.0


def test_band_keys_differ_between_bands() -> None:
    sig = np.zeros((1, 8), dtype=np.uint32)
    keys = band_keys(sig, 4, 2)
    assert len(set(keys[0].tolist())) == 4


def test_detection_probability_is_a_rising_curve() -> None:
    curve = [detection_probability(j / 20, 128, 20, 6, 0.7) for j in range(21)]
    assert all(a <= b + 1e-12 for a, b in itertools.pairwise(curve))
    assert curve[16] > 0.99 and curve[12] < 0.01  # J = 0.8 and J = 0.6


# ---------------------------------------------------------------------------
# Accuracy against exact Jaccard (the numbers for the README come from the benchmarks)


@pytest.mark.parametrize("sample", ["controlled", "corpus"])
def test_estimates_track_exact_jaccard_and_recall_at_the_threshold(sample: str) -> None:
    options = DedupOptions()
    mh = MinHasher(options.num_perm, options.ngram, options.seed)
    if sample == "controlled":
        pairs = controlled_pairs(300, seed=11)
    else:
        spec = CorpusSpec(pages=70, seed=2, exact_dup_rate=0.1, near_dup_rate=0.15)
        pairs = corpus_pairs(make_corpus(spec))
    acc = accuracy(pairs, mh, options.bands, options.rows, options.threshold, options.slack)
    # No worse than MinHash with independent permutations (the error it is
    # known to have); close to exact where dedup decides.
    assert acc.rmse <= 1.1 * acc.theory
    assert acc.positives >= (100 if sample == "controlled" else 5)
    assert acc.recall >= 0.95
    assert acc.false_positive_rate <= 0.02
    if sample == "corpus":
        assert acc.rmse_high <= 0.03


def test_empty_batches_are_fine() -> None:
    dup, sim = LshIndex(128, 20, 6, 0.7).add(MinHasher().signatures([]))
    assert dup.shape == sim.shape == (0,)
    assert FirstSeen().first(np.empty(0, dtype=np.uint64), []).shape == (0,)
    assert list(cleanse.dedup_corpus([], DedupOptions(modes=("exact", "near")))) == []
