"""What a hand-in *is* (its name, its kind, its size, its tree) is untrusted input to the TA's process: a hand-in
costs only its own row. One case per class, built by a fixture (names that are not UTF-8, links, FIFOs, deep trees
and huge sparse files cannot be committed), graded in one batch beside two honest copies of the reference; then
the cases that need a second run (a student's folder given on its own, a changed folder)."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from kit import REFERENCE, STUDENT, grade_quietly

from cnnlab.grading import intake

HONEST = ("hon1", "hon2")
MARKUP = "<b>bold</b> **strong** [link](http://x) | cell"
DEPTH = 1100  # past Python's recursion limit: a recursive walk stops the run


def deep_tree(top: Path, depth: int) -> None:
    """`depth` nested folders under `top`, cnn_lab.py at the bottom (made through directory fds: the path is long)."""
    fd = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    for _ in range(depth):
        os.mkdir("d", dir_fd=fd)
        inner = os.open("d", os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
        os.close(fd)
        fd = inner
    with open(os.open("cnn_lab.py", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as f:
        f.write(REFERENCE.read_text())
    os.close(fd)


def zip_with_bad_utf8_name(path: Path) -> None:
    """A zip whose entry is flagged UTF-8 (bit 11, in its local and central headers) but whose name is not."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("cafX.py", REFERENCE.read_text())
    data = bytearray(path.read_bytes().replace(b"cafX.py", b"caf\xff.py"))
    for signature, flags in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature) + flags
        data[at : at + 2] = (int.from_bytes(data[at : at + 2], "little") | 0x800).to_bytes(2, "little")
    path.write_bytes(bytes(data))


def zip_of_many_entries(path: Path, count: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for n in range(count):
            z.writestr(f"e{n}", b"")


def notebook_with_cell_magic() -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("%%bash\necho 'downloading data'\nls -la | head"),
        nbformat.v4.new_code_cell(REFERENCE.read_text()),
        nbformat.v4.new_code_cell("%%capture\nprint('quiet')"),
    ]
    return nbformat.writes(nb)


def snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    """Every entry under `folders` (links not followed, no recursion: a tree is deeper than Python's stack) with its
    size and modification time."""
    seen = {}
    stack = [os.fsencode(f) for f in folders]
    while stack:
        folder = stack.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                info = entry.stat(follow_symlinks=False)
                seen[os.fsdecode(entry.path)] = (info.st_size, info.st_mtime_ns)
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
    return seen


@dataclass
class Batch:
    klass: Path
    out: Path
    rows: dict[str, dict]
    csv_text: str
    summary: str
    results: dict
    changed: dict
    seconds: float


@pytest.fixture(scope="module")
def batch(tmp_path_factory, data_root):
    base = tmp_path_factory.mktemp("intake")
    klass, out, scratch = base / "class", base / "out", base / "tmp"
    klass.mkdir()
    scratch.mkdir()
    for name in HONEST:
        shutil.copy(REFERENCE, klass / f"{name}.py")
    # one hand-in stops the run: a name that is not UTF-8, a file larger than memory, a tree past any recursion
    (klass / "nonutf").mkdir()
    shutil.copy(REFERENCE, klass / "nonutf" / "cnn_lab.py")
    (klass / "nonutf" / os.fsdecode(b"r\xe9sum\xe9.txt")).write_text("notes")
    (klass / "nonutf_code").mkdir()
    (klass / "nonutf_code" / os.fsdecode(b"caf\xe9.py")).write_text(REFERENCE.read_text())
    (klass / "bigdata").mkdir()
    shutil.copy(REFERENCE, klass / "bigdata" / "cnn_lab.py")
    with open(klass / "bigdata" / "mnist.bin", "wb") as f:
        f.truncate(64 * 2**30)  # sparse: 64 GB to read, no disk used
    with open(klass / "huge.py", "wb") as f:
        f.truncate(8 * 2**30)
    (klass / "deep").mkdir()
    deep_tree(klass / "deep", DEPTH)
    # links, as unzip or tar of a student's archive makes them, and a FIFO
    (klass / "link_to_hon1.py").symlink_to(klass / "hon1.py")
    (klass / "data").symlink_to(data_root / "MNIST" / "raw")
    (klass / "outside").symlink_to(REFERENCE.parent)
    os.mkfifo(klass / "pipe.py")
    # archives
    zip_with_bad_utf8_name(klass / "badname.zip")
    zip_of_many_entries(klass / "many.zip", intake.MAX_ZIP_LISTING + 1)
    # student text in staff outputs
    (klass / "markup.py").write_text(f"raise RuntimeError({MARKUP!r})\n")
    shutil.copy(STUDENT, klass / "x;=1+1;y.py")
    shutil.copy(STUDENT, klass / "q\x1b.x\x1b.py")
    shutil.copy(STUDENT, klass / "q\r.x\r.py")
    # a notebook with cell magics, honest otherwise
    (klass / "magic.ipynb").write_text(notebook_with_cell_magic())
    # a folder holding the skeleton, graded first with the reference in it
    (klass / "mover").mkdir()
    shutil.copy(REFERENCE, klass / "mover" / "cnn_lab.py")

    watched = (klass, Path(data_root), scratch)
    before = snapshot(*watched)
    started = time.perf_counter()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tempfile, "tempdir", str(scratch))
        results = grade_quietly(klass, out=out, data=data_root, jobs=2, timeout=60).results
    seconds = time.perf_counter() - started
    after = snapshot(*watched)
    changed = {p: (before.get(p), after.get(p)) for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    csv_text = (out / "final_grades.csv").read_text()
    rows = {row["file"]: row for row in csv.DictReader(io.StringIO(csv_text))}
    print(f"\nintake batch: {len(results)} hand-ins graded in {seconds:.0f} s")
    yield Batch(
        klass, out, rows, csv_text, (out / "summary.md").read_text(), {r.name: r for r in results}, changed, seconds
    )
    subprocess.run(["rm", "-rf", str(klass / "deep")], check=True)  # GNU rm walks without recursion; rmtree does not


def test_no_hand_in_stops_the_run_and_each_honest_copy_keeps_full_marks_in_its_own_row(batch):
    for name in HONEST:
        assert (batch.rows[f"{name}.py"]["total_points_earned"], batch.rows[f"{name}.py"]["grading_status"]) == (
            "10",
            "graded",
        )
    assert batch.results["magic"].earned == 10  # %%bash and %%capture cells are dropped, as docs promise
    assert batch.results["nonutf"].earned == 10  # a notes file with a Windows name is nobody's business
    assert batch.results["bigdata"].earned == 10  # a data set handed in along is never read


@pytest.mark.parametrize(
    "name, reason",
    [
        pytest.param("nonutf_code", "a file name that is not UTF-8: caf", id="code-name-not-utf8"),
        pytest.param("huge", "larger than 64 MB", id="huge-file"),
        pytest.param("deep", "nested deeper than 32 levels", id="deep-tree"),
        pytest.param("link_to_hon1", "symbolic link", id="link-to-classmate"),
        pytest.param("data", "symbolic link", id="link-to-data"),
        pytest.param("outside", "symbolic link", id="link-to-solutions"),
        pytest.param("pipe", "not a regular file", id="fifo"),
        pytest.param("badname", "cannot be read", id="zip-bad-utf8-name"),
        pytest.param("many", "more than 100,000 entries", id="zip-many-entries"),
    ],
)
def test_each_refused_hand_in_costs_only_its_row_and_says_why(batch, name, reason):
    result = batch.results[name]
    assert result.earned == 0 and not result.internal_error, result.status
    assert result.status == "no cnn_lab.py found", result.status
    assert reason in result.checks[0].message, result.checks[0].message


def test_a_link_in_the_class_folder_takes_no_row_and_hides_nothing_the_sandbox_needs(batch):
    assert batch.results["hon1"].earned == 10  # the link to hon1.py did not take or drop hon1's row
    assert {"data", "link_to_hon1", "outside"} <= set(batch.results)  # each link is its own row


def test_nothing_outside_the_output_folder_is_created_or_changed(batch):
    assert batch.changed == {}


def test_every_csv_cell_is_safe_read_with_a_comma_or_a_semicolon(batch):
    for delimiter in (",", ";"):
        for row in csv.reader(io.StringIO(batch.csv_text), delimiter=delimiter):
            for cell in row:
                assert cell.lstrip()[:1] not in ("=", "+", "-", "@"), (delimiter, cell)
                assert all(c.isprintable() for c in cell), (delimiter, cell)
    assert len(batch.rows) == len(batch.results) + 1  # two names alike after cleaning: a row each


def test_summary_and_feedback_hold_no_student_markup(batch):
    feedback = (batch.out / "feedback" / "markup.md").read_text()
    assert "&lt;b&gt;bold&lt;/b&gt;" in feedback  # what the submission raised is shown, as text
    for page in (batch.summary, (batch.out / "feedback" / "markup.md").read_text()):
        assert "<b>" not in page and "**strong**" not in page and "[link](" not in page
        assert re.search(r"(?<!\\)\| cell", page) is None  # a '|' of the student's adds no cell


def test_a_students_folder_given_alone_never_takes_a_classmates_row(batch, data_root, tmp_path, capsys):
    late = tmp_path / "late" / "zed"
    late.mkdir(parents=True)
    (late / "hon1.py").write_text("def broken(:\n")
    grade_quietly(late, out=batch.out, data=data_root, jobs=1, timeout=60)
    rows = {row["file"]: row for row in csv.DictReader(io.StringIO((batch.out / "final_grades.csv").read_text()))}
    assert rows["hon1.py"]["total_points_earned"] == "10"
    assert "never replaces the earlier result of hon1" in capsys.readouterr().err
    # a sub-folder named like a classmate's file does not take that file's label
    section = tmp_path / "sec"
    (section / "hon2.py").mkdir(parents=True)
    shutil.copy(STUDENT, section / "hon2.py" / "cnn_lab.py")
    shutil.copy(STUDENT, section / "other.py")
    subs = intake.expand([batch.klass, section])
    from cnnlab.grading.gradebook import assign_names

    named = {str(s.source): s.file for s in assign_names(subs, {})}
    assert named[str(batch.klass / "hon2.py")] == "hon2.py"
    assert named[str(section / "hon2.py")] != "hon2.py"


def test_a_changed_folder_is_graded_again(batch, data_root):
    lab = batch.klass / "mover" / "cnn_lab.py"
    text = lab.read_text()
    cut = len(text) // 2
    lab.write_text(text[:cut])
    (batch.klass / "mover" / "zz.txt").write_text(text[cut:])  # the same bytes in all, moved to another file
    moved = intake.content_digest(intake.Submission("mover", batch.klass / "mover"))
    lab.write_text(text)
    (batch.klass / "mover" / "zz.txt").unlink()
    assert moved != intake.content_digest(intake.Submission("mover", batch.klass / "mover"))
    shutil.copy(STUDENT, lab)  # now the skeleton: a re-run grades it again
    results = {r.name: r for r in grade_quietly(batch.klass, out=batch.out, data=data_root, jobs=2).results}
    assert results["mover"].earned == 0 and results["hon1"].earned == 10
