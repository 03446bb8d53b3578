"""Site profiles: built-in ones, and a site added by configuration only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanse import Pipeline
from cleanse.errors import ConfigError
from cleanse.golden import as_data, clean_golden, expected_path
from cleanse.profiles import BUILTIN_PROFILES, profile_config

from .conftest import FIXTURES


@pytest.mark.parametrize("name", sorted(BUILTIN_PROFILES))
def test_builtin_profiles_are_valid_configs(name: str) -> None:
    config = profile_config(name)
    assert set(BUILTIN_PROFILES[name]) <= set(type(config).model_fields)


@pytest.mark.parametrize("case", ["seed_two_articles.txt", "three_merged.txt", "crlf.txt"])
def test_seed_profile_cleans_the_seed_site_like_the_defaults(case: str) -> None:
    """The seed's site needs only its own marker and credit forms."""
    raw = FIXTURES / "raw" / case
    result = clean_golden(FIXTURES, raw, Pipeline(config=profile_config("seed")))
    expected = json.loads(expected_path(FIXTURES, raw).read_text(encoding="utf-8"))

    def fields(data: dict[str, list[dict[str, object]]]) -> list[tuple[object, ...]]:
        keys = ("title", "captions", "headings", "body")
        return [tuple(d[k] for k in keys) for d in data["documents"]]

    assert fields(as_data(result)) == fields(expected)


def test_unknown_profile_says_what_to_do() -> None:
    with pytest.raises(ConfigError, match=r"define it as \[profiles.nope\] in cleanse.toml"):
        profile_config("nope")


def test_builtin_profile_by_name_with_or_without_a_config_file(tmp_path: Path) -> None:
    from cleanse.settings import load_settings

    alone = load_settings(search=False, profile="seed")
    assert alone.config == profile_config("seed")
    assert alone.origin("markers") == "built-in profile seed"
    # A file's own table of that name wins; other names fall back to built-ins.
    (tmp_path / "cleanse.toml").write_text(
        'quote_style = "keep"\n[profiles.seed]\nmarkers = ["XX"]\n', encoding="utf-8"
    )
    assert load_settings(start=tmp_path, profile="seed").config.markers == ("XX",)
    generic = load_settings(start=tmp_path, profile="generic").config
    assert (generic.quote_style, generic.markers) == ("keep", profile_config("generic").markers)
    with pytest.raises(ConfigError, match=r"built in: generic, seed"):
        load_settings(start=tmp_path, profile="nope")


SITES = sorted(p for p in (FIXTURES / "sites").iterdir() if (p / "cleanse.toml").is_file())


@pytest.mark.parametrize("site", SITES, ids=[p.name for p in SITES])
def test_site_added_by_configuration_passes_its_golden_check(site: Path) -> None:
    """Each site under fixtures/sites is a profile in its cleanse.toml and a
    golden folder: cleaned with the profile it matches its reviewed output;
    without the profile (generic defaults) it does not, so the profile is
    what handles the site."""
    from cleanse.check import check
    from cleanse.settings import load_settings

    with_profile = check(site, settings=load_settings(start=site, profile=site.name))
    assert with_profile.ok and len(with_profile.cases) >= 1, with_profile.format()
    assert not check(site, settings=load_settings(start=site)).ok


def test_cli_profile_flag_takes_a_builtin_name(tmp_path: Path) -> None:
    from .test_cli import cleanse

    out = tmp_path / "out.jsonl"
    proc = cleanse(
        "clean", "fixtures/raw/seed_two_articles.txt", "-o", str(out), "--profile", "seed"
    )
    assert proc.returncode == 0, proc.stderr
    titles = [json.loads(line)["title"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(titles) == 2
    proc = cleanse("clean", "fixtures/raw/crlf.txt", "-o", str(out), "--profile", "nope")
    assert proc.returncode == 2 and "built in: generic, seed" in proc.stderr
