"""How the companion notebook's cells are written: code comments, printed strings and the spec's numbers filled in,
each in the current language."""

from __future__ import annotations

from string import Template

# The notebook only calls the student's module, so it never holds the solution of a task, and it quotes no number
# of the lab but the spec's (filled in here) and what its own cells compute when they run.
# Its texts are translated when it is rendered: markdown cells whole, code cells' comments, and the strings its
# code prints. A printed string is an f-string body: its {fields} name the cell's own variables (computed on the
# lines above it), so a translation may reorder them but must keep their names and format specs.

METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def comment(text: str) -> str:
    """A code comment, one '# ' line per line of `text`."""
    return "\n".join(f"# {line}".rstrip() for line in text.splitlines())


def say(text: str) -> str:
    """`text` as a Python string literal for print(): an f-string when it names the cell's variables."""
    if "\n" in text or "\\" in text:
        raise ValueError(f"a printed notebook string is one line without backslashes: {text!r}")
    literal = '"' + text.replace('"', '\\"') + '"'
    return f"f{literal}" if "{" in text else literal


def code(source: str, **parts: str) -> str:
    """A code cell: `source` with its $comments and $printed strings (and the spec's numbers) filled in."""
    return Template(source).substitute(parts)
