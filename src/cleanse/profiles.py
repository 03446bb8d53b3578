"""Site profiles: what one site does differently, as configuration.

A profile is a table of :class:`~cleanse.config.Config` values, in the same
vocabulary as a configuration file: the site's UI ``markers``, its caption
``caption_credits`` patterns and its header shape (``header_window``,
``min_blank_lines_before_article``, ``sections``, ``metadata_window``). The
generic detectors run with or without a profile; a profile only adds what
they cannot know. A site is added by writing its profile as a
``[profiles.NAME]`` table in ``cleanse.toml``, not by writing code; the
profiles below are built in and are found by name when the configuration file
does not define one of that name.

>>> profile_config("seed").markers
('TT',)
>>> sorted(BUILTIN_PROFILES)
['generic', 'seed']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from .config import Config
from .errors import ConfigError

__all__ = ["BUILTIN_PROFILES", "profile_config"]

BUILTIN_PROFILES: Mapping[str, Mapping[str, Any]] = MappingProxyType(
    {
        # The defaults: generic detectors and the common markers and credits.
        "generic": {},
        # The site the project's seed page comes from: the title printed twice
        # around a `TT` font-size toggle, each caption printed twice in each
        # header copy, credits in parentheses ("(Tasnim)") or after "Photo:".
        "seed": {
            "markers": ("TT",),
            "caption_credits": (
                r"\(\s*[\p{Lu}\d][^()]{0,40}\)\s*\.?",
                r"\bPhoto\s*:\s*\S.{0,80}",
            ),
            # Two header copies of a title with captions printed up to four
            # times each, plus the toggle, fit in 24 non-blank lines.
            "header_window": 24,
            "min_blank_lines_before_article": 2,
        },
    }
)


def profile_config(name: str, base: Config | None = None) -> Config:
    """``base`` (default: the defaults) with the built-in profile ``name`` applied.

    >>> profile_config("nope")
    Traceback (most recent call last):
    ...
    cleanse.errors.ConfigError: no built-in profile 'nope' (built in: generic, seed); \
define it as [profiles.nope] in cleanse.toml or pick one of those
    """
    values = BUILTIN_PROFILES.get(name)
    if values is None:
        known = ", ".join(sorted(BUILTIN_PROFILES))
        raise ConfigError(
            f"no built-in profile {name!r} (built in: {known}); "
            f"define it as [profiles.{name}] in cleanse.toml or pick one of those"
        )
    try:
        return (base or Config()).with_overrides(**values)
    except ValidationError as exc:  # pragma: no cover - the table above is tested
        raise ConfigError(f"built-in profile {name!r} is invalid: {exc}") from None
