"""The message catalogues: what is to be translated, the .po files translators edit, the .mo files gettext reads.

Two domains (cnnlab/i18n.py): `cnnlab` holds the messages of the modules that ship with the self-check or run in
the sandbox (cnnlab/boundary.py; their compiled catalogue ships in a release made in that language, and is the only
one a sandbox loads); `cnnlab-judge` holds the rest: the hidden
checks, the grader's, the feedback's and the summary's texts, and the texts a release writes into the student's
files (README, notebook, and the comments, docstrings and printed lines of the reference and the self-check file).
Babel extracts `_()`, `N_()` and `pgettext()` calls from the kit's source; the lab's own texts are read from the
reference itself, so an instructor's new comment is a message to translate, not English left in a Chinese release.
"""

from __future__ import annotations

import ast
import datetime
import inspect
import io
import tokenize
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from .. import CnnlabError, boundary, i18n
from ..lab import LAB_FILE, SELFCHECK_TEST
from . import REPO, SOLUTIONS
from .markers import BEGIN, END, HINT, find_blocks

KEYWORDS = {"_": None, "N_": None, "pgettext": ((1, "c"), 2)}
FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)  # no churn in the files on every update
TOOLING = ("noqa", "type:", "pragma", "fmt:")
"""Comments addressed to tools, not to readers: never translated."""


def po_path(lang: str, domain: str) -> Path:
    return i18n.LOCALE_DIR / i18n.locale_name(lang) / "LC_MESSAGES" / f"{domain}.po"


def sources(domain: str) -> list[Path]:
    """The kit's Python files whose messages belong to `domain`. The shipped one's: what boundary.SHIPS and
    boundary.SANDBOX_SEES allow (a sandbox loads the shipped catalogue only: the judge's stays out of its memory)."""
    seen = {**boundary.files(boundary.SHIPS), **boundary.files(boundary.SANDBOX_SEES)}
    shipped = sorted(p for p in seen.values() if p.suffix == ".py")
    if domain == i18n.SHIPPED_DOMAIN:
        return shipped
    return sorted(p for p in boundary.PACKAGE.rglob("*.py") if p not in shipped and "__pycache__" not in p.parts)


# ---- the lab's own texts: comments, docstrings and printed lines of a Python file given to students -----------
def _reader_comment(token_text: str) -> str | None:
    """A comment's text as a reader reads it, or None for a marker, a rule of dashes or a note to a tool."""
    text = token_text.lstrip("#").strip()
    if text.startswith(HINT.lstrip("# ")):
        text = text[len(HINT.lstrip("# ")) :].strip()
    if not text or token_text.strip().startswith((BEGIN, END)) or set(text) <= set("-=") or text.startswith(TOOLING):
        return None
    return text


def _printed(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"


def lab_texts(source: str) -> list[tuple[str, int]]:
    """(message, line) of each comment, docstring and printed string literal of `source`, as a release translates
    them."""
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT and (text := _reader_comment(tok.string)):
            found.append((text, tok.start[0]))
    for node, literal in _literals(ast.parse(source)):
        found.append((_literal_message(source, node, literal), node.lineno))
    return found


def _literals(tree: ast.AST):
    """(node, is a docstring) for each docstring and each string literal printed by print()."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                yield body[0].value, True
        if _printed(node):
            for arg in node.args:
                if isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    yield arg, False


def _literal_message(source: str, node: ast.AST, docstring: bool) -> str:
    """A docstring's text (cleaned of its indentation), or a printed literal's source (an f-string stays code)."""
    return inspect.cleandoc(node.value) if docstring else ast.get_source_segment(source, node)


def translate_source(source: str, filename: str) -> str:
    """`source` with its comments, docstrings and printed literals in the current language; the code unchanged.
    A text without a translation raises CnnlabError naming it (run `cnnlab catalogue`)."""
    if i18n.current() == "en":
        return source
    lines = source.splitlines(keepends=True)
    edits = []  # (start row, start col, end row, end col, new text): applied from the end
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT and (text := _reader_comment(tok.string)):
            prefix = tok.string[: len(tok.string) - len(tok.string.lstrip("#"))] + " "
            edits.append((*tok.start, *tok.end, prefix + _translated(text, filename, tok.start[0])))
    tree = ast.parse(source)
    for node, docstring in _literals(tree):
        message = _literal_message(source, node, docstring)
        text = _translated(message, filename, node.lineno)
        if docstring:
            indent = " " * node.col_offset
            body = text.replace("\n", "\n" + indent) if "\n" in text else text
            new = f'"""{body}\n{indent}"""' if "\n" in text else f'"""{body}"""'
        else:
            new = text
            try:
                ast.parse(new, mode="eval")
            except SyntaxError:
                raise CnnlabError(
                    f"{filename}:{node.lineno}: the {i18n.current()} translation of {message} is not a "
                    f"Python string literal: fix it in {po_path(i18n.current(), 'cnnlab-judge')}"
                ) from None
        edits.append((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, new))
    for row, col, end_row, end_col, new in sorted(edits, reverse=True):
        head, tail = lines[row - 1][:col], lines[end_row - 1][end_col:]
        lines[row - 1 : end_row] = [head + new + tail]
    return "".join(lines)


def _translated(message: str, filename: str, line: int) -> str:
    """A text of the lab's files in the current language (build() refused the release if one had no translation;
    a comment that is code, such as a hint's example line, may translate to itself)."""
    return i18n._(message)


# ---- templates, .po and .mo ---------------------------------------------------------------------------------
def lab_sources(solutions_dir: Path) -> list[tuple[str, str]]:
    """(name, text) of the files whose own texts a release translates: the reference and the self-check file."""
    from .docs import SELFCHECK_TEMPLATE

    reference = solutions_dir / LAB_FILE
    if not reference.is_file():
        raise CnnlabError(f"no reference solution at {reference}")
    return [(f"solutions/{LAB_FILE}", reference.read_text()), (f"student/{SELFCHECK_TEST}", SELFCHECK_TEMPLATE)]


def empty(domain: str, locale: str | None = None) -> Catalog:
    """A catalogue without messages, dated FIXED_DATE."""
    return Catalog(
        locale=locale,
        project="cnnlab",
        domain=domain,
        creation_date=FIXED_DATE,
        revision_date=FIXED_DATE,
        fuzzy=False,
        charset="utf-8",
    )


def template(domain: str, solutions_dir: Path = SOLUTIONS) -> Catalog:
    """Every message of `domain`, with where it comes from."""
    catalog = empty(domain)
    for path in sources(domain):
        for line, message, comments, context in extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=("Translators:",)
        ):
            if isinstance(message, tuple):
                message = message[0]
            catalog.add(
                message, locations=[(str(path.relative_to(REPO)), line)], context=context, auto_comments=comments
            )
    if domain != i18n.SHIPPED_DOMAIN:
        for name, text in lab_sources(solutions_dir):
            for message, line in lab_texts(text):
                catalog.add(message, locations=[(name, line)])
            for block in find_blocks(text, name) if name.startswith("solutions") else []:
                catalog.add(
                    block.task, locations=[(name, block.begin + 1)], auto_comments=["a task's title, from its marker"]
                )
    return catalog


def read(lang: str, domain: str) -> Catalog:
    path = po_path(lang, domain)
    if not path.is_file():
        return empty(domain, i18n.locale_name(lang))
    with open(path, "rb") as f:
        return read_po(f, locale=i18n.locale_name(lang), domain=domain)


def compiled(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def po_text(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, catalog, width=120, omit_header=False, sort_output=False, include_previous=False)
    return buf.getvalue()


def untranslated(catalog: Catalog, template_: Catalog) -> list[str]:
    """The template's messages that `catalog` lacks, leaves empty or marks fuzzy."""
    missing = []
    for message in template_:
        if not message.id:
            continue
        found = catalog.get(message.id, context=message.context)
        text = found.string if found is not None else None
        if isinstance(text, tuple):
            text = text[0]
        if not text or (found is not None and found.fuzzy):
            missing.append(message.id if not message.context else f"{message.context}|{message.id}")
    return missing


def update(lang: str, solutions_dir: Path = SOLUTIONS, translations: dict[str, str] | None = None) -> dict:
    """Bring `lang`'s .po files up to the sources (new messages empty, gone ones dropped, `translations` filled in
    where a message has none) and compile their .mo; returns {domain: [untranslated messages]}."""
    report = {}
    for domain in i18n.DOMAINS:
        catalog, tmpl = read(lang, domain), template(domain, solutions_dir)
        catalog.update(tmpl, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        catalog.revision_date = catalog.creation_date = FIXED_DATE
        for message in catalog:
            key = message.id if not message.context else f"{message.context}\x04{message.id}"
            if message.id and not message.string and translations and translations.get(key):
                message.string = translations[key]
        path = po_path(lang, domain)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(po_text(catalog))
        path.with_suffix(".mo").write_bytes(compiled(catalog))
        report[domain] = untranslated(catalog, tmpl)
    return report


def problems(lang: str, solutions_dir: Path = SOLUTIONS) -> list[str]:
    """Why a release in `lang` cannot be made now: untranslated messages, or a .mo older than its .po. Empty: ready."""
    if i18n.check_language(lang) == "en":
        return []
    found = []
    for domain in i18n.DOMAINS:
        path = po_path(lang, domain)
        catalog = read(lang, domain)
        missing = untranslated(catalog, template(domain, solutions_dir))
        if missing:
            found.append(
                f"{len(missing)} message(s) have no {lang} translation in {path.relative_to(REPO)} (the first: "
                f"{missing[0][:80]!r}): run `cnnlab catalogue --lang {lang}`, translate them, run it again"
            )
        elif not path.with_suffix(".mo").is_file() or path.with_suffix(".mo").read_bytes() != compiled(catalog):
            found.append(
                f"{path.with_suffix('.mo').relative_to(REPO)} is older than its .po: run `cnnlab catalogue "
                f"--lang {lang}`"
            )
    return found
