"""Site profiles: built-in ones, and a site added by configuration only."""

from __future__ import annotations

import json

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
