"""Text that came from a hand-in (its name, what it raised or wrote), escaped by the format staff open it in: a
spreadsheet's cells, Markdown pages and the HTML they render to."""

from __future__ import annotations

import html
import re

FORMULA = re.compile(r"(^|[,;\t|])(\s*)(?=[=+\-@])")


def safe_cell(text: str) -> str:
    """A text cell a spreadsheet opens as text, whatever separator it splits on (',' or ';', by locale): no control
    characters, and no piece starting with = + - @ after any separator (a formula, as OWASP warns) but behind a
    quote mark."""
    text = "".join(c if c.isprintable() else " " for c in str(text))
    return FORMULA.sub(lambda m: f"{m.group(1)}{m.group(2)}'", text)


MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")  # what forms markup inside a line (links need their brackets)


def markdown_text(text: str) -> str:
    """`text` shown as it is in Markdown and in the HTML a viewer renders it to: its markup characters escaped."""
    text = html.escape(text, quote=False)
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def table_cell(text: str) -> str:
    """Text for a cell of a Markdown table: a status or a stub's message can hold what the submission wrote, and a
    '|' there would add cells of its words to the staff's table; markup (Markdown, HTML) is shown as text."""
    return markdown_text(" ".join(str(text).split()))
