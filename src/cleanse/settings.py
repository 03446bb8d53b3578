"""Configuration files: ``cleanse.toml``, or ``[tool.cleanse]`` in ``pyproject.toml``.

One file drives ``cleanse clean``, ``explain`` and ``check``. Its keys are the
fields of :class:`~cleanse.config.Config` (the stage vocabulary: ``stages``,
``markers``, ``caption_credits``, ``quote_style``...), plus ``skip`` (stages
to leave out of ``stages``; skips of every layer add up) and ``jobs`` (worker
processes). Named profiles
live under ``[profiles.NAME]`` and are applied over the top level with
``--profile NAME``; a name the file does not define may be a built-in site
profile (:mod:`cleanse.profiles`); command-line options are applied last.

A file is looked for from a starting folder upward: in each folder
``cleanse.toml`` wins, then a ``pyproject.toml`` that has a ``[tool.cleanse]``
table. Unknown keys and wrong types are errors naming the key, the file and
the line. Every effective value remembers where it came from, for
``cleanse config show``.

>>> s = load_settings(None, start=None, search=False, overrides={"quote_style": "keep"})
>>> s.config.quote_style, s.origin("quote_style"), s.origin("markers")
('keep', 'command line', 'default')
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .config import Config
from .errors import ConfigError
from .pipeline import Pipeline
from .profiles import BUILTIN_PROFILES
from .stages import STAGES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = [
    "CONFIG_NAME",
    "DEFAULT_JOBS",
    "Settings",
    "find_config",
    "format_settings",
    "key_lines",
    "load_settings",
]

CONFIG_NAME = "cleanse.toml"
DEFAULT_JOBS = 1
_RUN_KEYS = ("skip", "jobs")
_PROFILES = "profiles"


def _known_keys() -> tuple[str, ...]:
    return (*Config.model_fields, *_RUN_KEYS)


@dataclass(frozen=True)
class Settings:
    """The effective configuration of a run and where each value came from."""

    config: Config = field(default_factory=Config)
    jobs: int = DEFAULT_JOBS
    path: Path | None = None
    """The configuration file used, if any."""
    profile: str | None = None
    origins: Mapping[str, str] = field(default_factory=dict)
    """Key -> ``FILE:LINE``, ``FILE:LINE (profile NAME)`` or ``command line``."""

    def origin(self, key: str) -> str:
        """Where the value of ``key`` came from (``default`` when nothing set it)."""
        return self.origins.get(key, "default")

    def pipeline(self) -> Pipeline:
        """The pipeline this configuration describes."""
        return Pipeline(config=self.config)


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    data = _parse(path)
    tool = data.get("tool")
    table = tool.get("cleanse") if isinstance(tool, dict) else None
    return table if isinstance(table, dict) else None


def find_config(start: str | Path) -> Path | None:
    """The configuration file for ``start``: the nearest folder, from ``start``
    upward, with a ``cleanse.toml`` or a ``pyproject.toml`` holding ``[tool.cleanse]``.
    """
    folder = Path(start).resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_NAME
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _pyproject_table(pyproject) is not None:
            return pyproject
    return None


def _parse(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _key_path(source: str) -> tuple[str, ...]:
    """The parts of a (possibly dotted, possibly quoted) TOML key."""
    node: Any = tomllib.loads(f"{source} = 0")
    parts: list[str] = []
    while isinstance(node, dict):
        (name, node), *_ = node.items()
        parts.append(name)
    return tuple(parts)


def _complete(value: str) -> bool:
    try:
        tomllib.loads(f"v = {value}")
    except tomllib.TOMLDecodeError:
        return False
    return True


_TABLE = re.compile(r"\s*\[\[?([^\[\]]+)\]\]?\s*(?:#.*)?$")
_KEY = re.compile(
    r"""\s*((?:[\w-]+|"[^"\n]*"|'[^'\n]*')(?:\s*\.\s*(?:[\w-]+|"[^"\n]*"|'[^'\n]*'))*)\s*="""
)


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """Map each key and table of a valid TOML text to its 1-based line.

    Values spanning several lines (arrays, multi-line strings) are skipped
    whole: a line belongs to a value until the value parses.

    >>> key_lines('a = 1\\n[t]\\nb = [\\n  "x = 1",\\n]\\n"c.d".e = 2\\n')
    {('a',): 1, ('t',): 2, ('t', 'b'): 3, ('t', 'c.d', 'e'): 6}
    """
    lines = text.split("\n")
    found: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    i = 0
    while i < len(lines):
        line = lines[i]
        header = _TABLE.match(line)
        key = None if header else _KEY.match(line)
        if header:
            table = _key_path(header.group(1))
            found.setdefault(table, i + 1)
        elif key:
            found.setdefault(table + _key_path(key.group(1)), i + 1)
            value = line[key.end() :]
            while not _complete(value) and i + 1 < len(lines):
                i += 1
                value += "\n" + lines[i]
        i += 1
    return found


class _Layer:
    """One source of values: a table of a file, or the command line."""

    def __init__(
        self,
        values: Mapping[str, Any],
        where: str,
        lines: Mapping[tuple[str, ...], int] | None = None,
        prefix: tuple[str, ...] = (),
        note: str = "",
    ) -> None:
        self.values = values
        self._where = where
        self._lines = lines
        self._prefix = prefix
        self._note = note

    def origin(self, key: str) -> str:
        if self._lines is None:
            return self._where
        path = (*self._prefix, key)
        while path and path not in self._lines:
            path = path[:-1]
        line = self._lines.get(path)
        suffix = f" ({self._note})" if self._note else ""
        return f"{self._where}:{line}{suffix}" if line else f"{self._where}{suffix}"


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _file_layers(path: Path, profile: str | None) -> list[_Layer]:
    data = _parse(path)
    where = _display(path)
    prefix: tuple[str, ...] = ()
    if path.name == "pyproject.toml":
        table = _pyproject_table(path)
        if table is None:
            raise ConfigError(f"{where}: no [tool.cleanse] table; add one or use a cleanse.toml")
        prefix = ("tool", "cleanse")
        data = table
    lines = key_lines(path.read_text(encoding="utf-8"))
    top = dict(data)
    profiles = top.pop(_PROFILES, {})
    layers = [_Layer(top, where, lines, prefix)]
    if not isinstance(profiles, dict) or not all(isinstance(p, dict) for p in profiles.values()):
        line = lines.get((*prefix, _PROFILES), "?")
        raise ConfigError(f"{where}:{line}: {_PROFILES}: write each profile as [profiles.NAME]")
    if profile is not None and profile not in profiles and profile in BUILTIN_PROFILES:
        layers.append(_builtin(profile))
    elif profile is not None:
        if profile not in profiles:
            known = ", ".join(sorted(profiles)) or "none"
            raise ConfigError(
                f"no profile {profile!r} in {where} (its profiles: {known}); "
                f"add a [profiles.{profile}] table or pick one of those "
                f"(built in: {', '.join(sorted(BUILTIN_PROFILES))})"
            )
        layers.append(
            _Layer(
                profiles[profile],
                where,
                lines,
                (*prefix, _PROFILES, profile),
                note=f"profile {profile}",
            )
        )
    return layers


def _builtin(profile: str) -> _Layer:
    """A built-in site profile (see :mod:`cleanse.profiles`) as a layer."""
    return _Layer(BUILTIN_PROFILES[profile], f"built-in profile {profile}")


def _unknown(key: str, origin: str) -> ConfigError:
    known = _known_keys()
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return ConfigError(
        f"{origin}: unknown key {key!r}; {hint}the known keys are: {', '.join(known)}"
    )


def _stage_names(value: Any, key: str, origin: str, known: Collection[str]) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(s, str) for s in value):
        raise ConfigError(f"{origin}: {key}: expected a list of stage names, got {value!r}")
    unknown = [s for s in value if s not in known]
    if unknown and key == "skip":
        raise ConfigError(
            f"{origin}: cannot skip {', '.join(map(repr, unknown))}: not in this pipeline "
            f"({', '.join(known)})"
        )
    if unknown:
        raise ConfigError(
            f"{origin}: {key}: unknown stage {unknown[0]!r}; the built-in stages are: "
            f"{', '.join(STAGES)}"
        )
    return tuple(value)


def load_settings(
    config_file: str | Path | None = None,
    *,
    start: str | Path | None = None,
    search: bool = True,
    profile: str | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """The effective settings: defaults, then the file, its profile, then ``overrides``.

    ``config_file`` names the file; without it the file is found from
    ``start`` (default: the current folder) upward, unless ``search`` is
    false. ``overrides`` are command-line values, with the same keys as the file.
    """
    path: Path | None = Path(config_file) if config_file is not None else None
    if path is None and search:
        path = find_config(start if start is not None else Path.cwd())
    if path is not None and not path.is_file():
        raise ConfigError(f"config file {path} does not exist; check the --config path")
    layers = _file_layers(path, profile) if path is not None else []
    if path is None and profile is not None and profile in BUILTIN_PROFILES:
        layers = [_builtin(profile)]
    elif path is None and profile is not None:
        raise ConfigError(
            f"--profile {profile} is not built in (built in: "
            f"{', '.join(sorted(BUILTIN_PROFILES))}) and needs a configuration file, and none "
            "was found; "
            f"create {CONFIG_NAME} with a [profiles.{profile}] table or give one with --config"
        )
    if overrides:
        layers.append(_Layer(overrides, "command line"))
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for layer in layers:
        for key, value in layer.values.items():
            origin = layer.origin(key)
            if key not in _known_keys():
                raise _unknown(key, origin)
            if key == "skip" and key in values and isinstance(value, list | tuple):
                # Skips add up: a profile or --skip leaves out more, never less.
                value = [*values[key], *value]
                origin = f"{origins[key]}, {origin}"
            values[key] = value
            origins[key] = origin
    return _build(values, origins, path, profile)


def _build(
    values: dict[str, Any], origins: dict[str, str], path: Path | None, profile: str | None
) -> Settings:
    jobs = values.pop("jobs", DEFAULT_JOBS)
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ConfigError(f"{origins['jobs']}: jobs: expected a whole number >= 1, got {jobs!r}")
    skip = values.pop("skip", ())
    if "stages" in values:
        values["stages"] = _stage_names(values["stages"], "stages", origins["stages"], STAGES)
    if skip:
        stages = values.get("stages", Config().stages)
        skip = _stage_names(skip, "skip", origins["skip"], stages)
        values["stages"] = tuple(s for s in stages if s not in skip)
        origins["stages"] = ", ".join(o for o in (origins.get("stages"), origins["skip"]) if o)
    data = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    try:
        config = Config.model_validate(data, strict=True)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = str(err["loc"][0]) if err["loc"] else "?"
        raise ConfigError(
            f"{origins.get(key, 'default')}: {key}: {err['msg']} (got {err['input']!r})"
        ) from None
    return Settings(config=config, jobs=jobs, path=path, profile=profile, origins=origins)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple | list):
        if not value:
            return "[]"
        return "[\n" + "".join(f"    {_toml(v)},\n" for v in value) + "]"
    return str(value)


def format_settings(settings: Settings) -> str:
    """The effective configuration as TOML, each key commented with its origin.

    >>> print(format_settings(Settings()).splitlines()[0])
    # cleanse configuration: no config file; profile: none
    """
    where = _display(settings.path) if settings.path else "no config file"
    out = [f"# cleanse configuration: {where}; profile: {settings.profile or 'none'}"]
    values: dict[str, Any] = {**settings.config.model_dump(), "jobs": settings.jobs}
    for key, value in values.items():
        first, *rest = f"{key} = {_toml(value)}".split("\n")
        out.append(f"{first}  # {settings.origin(key)}")
        out.extend(rest)
    return "\n".join(out) + "\n"
