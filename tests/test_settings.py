"""Configuration files: discovery, precedence, origins, and errors that point at the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanse import Config, ConfigError
from cleanse.settings import find_config, format_settings, key_lines, load_settings

from .conftest import FIXTURES
from .test_cli import SEED, cleanse

CURLY = "\u201c"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_from_a_folder_upward_cleanse_toml_first(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")  # no [tool.cleanse]: skipped
    assert find_config(deep) != (tmp_path / "pyproject.toml").resolve()
    write(tmp_path / "pyproject.toml", "[tool.cleanse]\njobs = 2\n")
    assert find_config(deep) == (tmp_path / "pyproject.toml").resolve()
    write(tmp_path / "a" / "cleanse.toml", "jobs = 3\n")
    assert find_config(deep) == (tmp_path / "a" / "cleanse.toml").resolve()
    write(tmp_path / "a" / "pyproject.toml", "[tool.cleanse]\njobs = 4\n")
    assert find_config(deep) == (tmp_path / "a" / "cleanse.toml").resolve()
    assert load_settings(start=deep).jobs == 3


def test_layers_and_where_each_value_came_from(tmp_path: Path) -> None:
    path = write(
        tmp_path / "cleanse.toml",
        'quote_style = "keep"\n'
        "markers = [\n"
        '  "TT",\n'
        '  "Share = yes",\n'
        "]\n"
        "jobs = 2\n"
        "\n"
        "[profiles.ci]\n"
        "jobs = 4\n"
        'skip = ["normalize_quotes"]\n',
    )
    s = load_settings(path, profile="ci", overrides={"header_window": 30})
    assert s.config.quote_style == "keep"
    assert s.config.markers == ("TT", "Share = yes")
    assert s.config.header_window == 30
    assert "normalize_quotes" not in s.config.stages
    assert s.jobs == 4
    origins = {k: s.origin(k) for k in ("quote_style", "markers", "jobs", "stages")}
    assert origins == {
        "quote_style": f"{path}:1",
        "markers": f"{path}:2",
        "jobs": f"{path}:9 (profile ci)",
        "stages": f"{path}:10 (profile ci)",
    }
    assert s.origin("header_window") == "command line"
    more = load_settings(path, profile="ci", overrides={"skip": ["split_articles"]})
    assert {"normalize_quotes", "split_articles"}.isdisjoint(more.config.stages)
    assert more.origin("stages") == f"{path}:10 (profile ci), command line"
    assert s.origin("caption_credits") == "default"
    shown = format_settings(s)
    assert f"jobs = 4  # {path}:9 (profile ci)" in shown
    assert "header_window = 30  # command line" in shown
    assert "max_title_chars = 250  # default" in shown


def test_pyproject_tool_table_and_its_lines(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.cleanse]\nunwrap_lines = false\n\n'
        "[tool.cleanse.profiles.wide]\nheader_window = 60\n",
    )
    s = load_settings(start=tmp_path, profile="wide")
    assert (s.config.unwrap_lines, s.config.header_window) == (False, 60)
    assert s.origin("unwrap_lines").endswith("pyproject.toml:5")
    assert s.origin("header_window").endswith("pyproject.toml:8 (profile wide)")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "jobs = 1\nmarker = ['TT']\n",
            "cleanse.toml:2: unknown key 'marker'; did you mean 'markers'?",
        ),
        (
            "\n\nheader_window = '24'\n",
            "cleanse.toml:3: header_window: Input should be a valid integer",
        ),
        ("unwrap_lines = 1\n", "cleanse.toml:1: unwrap_lines: Input should be a valid boolean"),
        (
            "quote_style = 'curly'\n",
            "cleanse.toml:1: quote_style: Input should be 'straight' or 'keep'",
        ),
        ("markers = [1, 2]\n", "cleanse.toml:1: markers: Input should be a valid string"),
        ("jobs = 0\n", "cleanse.toml:1: jobs: expected a whole number >= 1"),
        (
            "stages = [\n  'fix_encoding',\n  'nope',\n]\n",
            "cleanse.toml:1: stages: unknown stage 'nope'",
        ),
        ("skip = ['split_articles']\nstages = ['fix_encoding']\n", "cleanse.toml:1: cannot skip"),
        ("caption_credits = ['(']\n", "cleanse.toml:1: caption_credits: Value error, invalid"),
        (
            "[profiles.ci]\nheader_windo = 3\n",
            "cleanse.toml:2 (profile ci): unknown key 'header_windo'",
        ),
        ("jobs = \n", "cleanse.toml: invalid TOML"),
    ],
)
def test_errors_name_the_key_the_file_and_the_line(tmp_path: Path, text: str, message: str) -> None:
    write(tmp_path / "cleanse.toml", text)
    with pytest.raises(ConfigError) as info:
        load_settings(start=tmp_path, profile="ci" if "profiles" in text else None)
    assert message in str(info.value)


def test_profile_and_file_errors_say_what_to_do(tmp_path: Path) -> None:
    write(tmp_path / "cleanse.toml", "[profiles.a]\njobs = 2\n")
    with pytest.raises(ConfigError, match=r"no profile 'b' in .* \(its profiles: a\); add a"):
        load_settings(start=tmp_path, profile="b")
    with pytest.raises(ConfigError, match="does not exist; check the --config path"):
        load_settings(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="needs a configuration file"):
        load_settings(search=False, profile="a")


def test_key_lines_skips_multiline_values() -> None:
    text = 'a = """\n[not.a.table]\nb = 1\n"""\nc = [\n  "d = 2",\n]\n[t.u]\ne = { f = 1 }\n'
    assert key_lines(text) == {("a",): 1, ("c",): 5, ("t", "u"): 8, ("t", "u", "e"): 9}


def test_fixtures_config_spells_out_the_defaults() -> None:
    """fixtures/expected is made with the defaults, and so is the file that pins them."""
    settings = load_settings(start=FIXTURES)
    assert settings.path == (FIXTURES / "cleanse.toml").resolve()
    assert settings.config == Config()
    assert load_settings(start=FIXTURES, profile="keep_quotes").config.quote_style == "keep"


def test_clean_and_explain_read_the_config_from_the_current_folder(tmp_path: Path) -> None:
    write(tmp_path / "cleanse.toml", 'skip = ["normalize_quotes"]\n')
    out = tmp_path / "out.jsonl"
    proc = cleanse("clean", str(SEED), "-o", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert CURLY in out.read_text(encoding="utf-8")
    explained = cleanse("explain", str(SEED), cwd=tmp_path)
    assert "normalize_quotes" not in explained.stdout
    # The command line wins over the file.
    proc = cleanse("clean", str(SEED), "-o", "-", "--quote-style", "keep", cwd=tmp_path)
    assert proc.returncode == 0 and CURLY in proc.stdout


def test_config_show_and_config_errors_on_the_command_line(tmp_path: Path) -> None:
    write(tmp_path / "cleanse.toml", "jobs = 2\n[profiles.fast]\njobs = 8\n")
    proc = cleanse("config", "show", "--profile", "fast", "--quote-style", "keep", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "jobs = 8  # cleanse.toml:3 (profile fast)" in proc.stdout
    assert 'quote_style = "keep"  # command line' in proc.stdout
    assert "header_window = 24  # default" in proc.stdout
    write(tmp_path / "bad.toml", "quote_style = 3\n")
    proc = cleanse("clean", str(SEED), "-o", "-", "--config", "bad.toml", cwd=tmp_path)
    assert proc.returncode == 2
    assert "bad.toml:1: quote_style" in proc.stderr


def test_readme_example_config_loads_as_documented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    shown = readme.split("# cleanse configuration: cleanse.toml; profile: ci\n", 1)[1]
    write(tmp_path / "cleanse.toml", example)
    monkeypatch.chdir(tmp_path)
    settings = load_settings(profile="ci")
    assert (settings.jobs, settings.config.header_window) == (2, 30)
    assert "normalize_quotes" not in settings.config.stages
    printed = format_settings(settings)
    for line in shown.split("```", 1)[0].splitlines():
        if line.strip() != "...":
            assert line in printed.splitlines(), line


def test_config_show_output_is_a_config_file_that_gives_the_same_settings(tmp_path: Path) -> None:
    settings = load_settings(search=False, overrides={"skip": ["split_articles"], "jobs": 3})
    path = write(tmp_path / "cleanse.toml", format_settings(settings))
    again = load_settings(path)
    assert (again.config, again.jobs) == (settings.config, settings.jobs)
    assert again.config.caption_credits == Config().caption_credits  # backslashes, ©, |
