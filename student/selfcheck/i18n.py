"""The language of every line a student reads: Python's gettext, English message ids, one catalogue per language.

Two domains: `cnnlab` (what ships with the self-check or runs in the sandbox: the public checks' observations and
hints, the submission's and the sandbox's messages, the self-check's lines; the only one a sandbox loads) and
`cnnlab-judge` (the hidden checks, the feedback file, the class summary, the release's texts: never shipped).
The catalogues' sources are `locale/<ll_CC>/LC_MESSAGES/<domain>.po`;
`cnnlab release` compiles them to the `.mo` files gettext reads.

The language is the release's (its lab.json's "lang"), unless $CNNLAB_LANG or a command's --lang says otherwise.
"""

from __future__ import annotations

import gettext
import json
import os
from pathlib import Path

from .lab import spec_text

LANGUAGES = {"en": "English", "zh-CN": "简体中文"}
"""The languages a release can be made in (English is the message ids themselves)."""
DOMAINS = ("cnnlab-judge", "cnnlab")
"""The judge's catalogue first where this copy has it (it never ships), then the shipped one."""
SHIPPED_DOMAIN = "cnnlab"
LANG_ENV = "CNNLAB_LANG"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_active: tuple[str, gettext.NullTranslations] | None = None


class UnknownLanguage(ValueError):
    """A language the kit has no catalogue for."""


def locale_name(lang: str) -> str:
    """'zh-CN' -> 'zh_CN', gettext's folder name."""
    return lang.replace("-", "_")


def check_language(lang: str) -> str:
    """`lang` when the kit speaks it, else UnknownLanguage with one line saying what to choose."""
    if lang not in LANGUAGES:
        raise UnknownLanguage(f"no language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return lang


def release_language() -> str:
    """$CNNLAB_LANG, else the language the lab was released in (lab.json), else English."""
    env = os.environ.get(LANG_ENV)
    if env:
        return env
    try:  # the spec read here as well as in lab.config, which needs this module's N_
        return json.loads(spec_text()).get("lang") or "en"
    except (OSError, ValueError, AttributeError):
        return "en"  # lab.config, which every command imports, says what is wrong with the spec


def catalogue(lang: str, locale_dir: Path = LOCALE_DIR, domains: tuple[str, ...] = DOMAINS) -> gettext.NullTranslations:
    """The compiled catalogues of `lang`, the judge's before the shipped one (where this copy has both)."""
    if check_language(lang) == "en":
        return gettext.NullTranslations()
    found = None
    for domain in domains:
        try:
            with open(locale_dir / locale_name(lang) / "LC_MESSAGES" / f"{domain}.mo", "rb") as f:
                translations = gettext.GNUTranslations(f)
        except FileNotFoundError:
            continue
        if found is None:
            found = translations
        else:
            found.add_fallback(translations)
    if found is None:
        raise UnknownLanguage(f"this copy of the checks has no {lang} catalogue: make the release with --lang {lang}")
    return found


def use(lang: str | None = None, domains: tuple[str, ...] = DOMAINS) -> str:
    """Make `lang` (None: the release's) the language of this process's messages, from the catalogues of `domains`
    (the sandbox loads the shipped one only); returns it."""
    global _active
    lang = check_language(lang or release_language())
    _active = (lang, catalogue(lang, domains=domains))
    return lang


def current() -> str:
    """The language messages are in now."""
    if _active is None:
        use()
    return _active[0]


def _(message: str, /, **fields) -> str:
    """`message` in the current language, its {fields} filled in (the translation may order them otherwise)."""
    if _active is None:
        use()
    text = _active[1].gettext(message)
    return text.format(**fields) if fields else text


def pgettext(context: str, message: str, /, **fields) -> str:
    """`message` in the current language where the same English word means different things (a verdict)."""
    if _active is None:
        use()
    text = _active[1].pgettext(context, message)
    return text.format(**fields) if fields else text


def N_(message: str, /) -> str:
    """Marks a message for the catalogue where it is defined; it is translated where it is shown."""
    return message
