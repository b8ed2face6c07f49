"""Hostile and broken submissions: each is contained, everyone else is graded, nothing is lost.

Every file under tests/submissions/hostile/ (its first line names the case) is graded once per module,
together with the reference solution (as good.py), in ONE `grade.main` call with two jobs and small
limits. Each case then asserts its own gradebook row: the points its code truly earns, and a
grading_status naming what happened. Other tests check what the batch leaves behind: no stray
processes, no temporary folders, no connection to a listener on this machine, nothing written
outside the sandbox, an output folder holding only what the grader wrote.
"""

from __future__ import annotations

import csv
import json
import os
import re
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from kit import (
    ACCURACY,
    CNNLAB,
    FC1,
    FLATTEN,
    FLATTEN_HIDDEN,
    REPO,
    STEP,
    STEP_HIDDEN,
    SUBMISSIONS,
    TEST_SET,
    grade_quietly,
    run_as_plain_user,
)

from cnnlab.grading import run as grade
from cnnlab.lab.config import QUESTIONS
from cnnlab.lab.data import ENV_VAR
from cnnlab.outcomes import status_kind

HOSTILE = SUBMISSIONS / "hostile"
DATA = Path(os.environ.get(ENV_VAR) or REPO.parent / "shared" / "data")

# Limits of the batch. A child's start (python, torch, the submission's import) plus the reference's
# slowest request (q5 trains 3 epochs on 10,000 images: 1-2 s alone, about 4 s with two jobs on two busy
# cores) must fit in TIMEOUT with a wide margin; every endless loop costs it once per check it stalls.
TIMEOUT = 10.0
# The reference grades within 520 MB; a memory hog must pass the cap well inside TIMEOUT even on a busy
# machine (touching 3 GB took up to 6 s per check there, and a timeout is not the status it earns).
MEMORY_MB = 1500
JOBS = 2
PORT = 47391  # network_connection.py connects here; the test listens on 127.0.0.1 and expects nobody
CANARY = Path("/tmp/cnnlab-hostile-canary.txt")  # cheat_writes_results.py appends to it when it can
CANARY_TEXT = "nothing outside the sandbox may change this file\n"

ALL_CHECKS = (TEST_SET, FC1, FLATTEN, STEP, ACCURACY, FLATTEN_HIDDEN, STEP_HIDDEN)

FULL = (2, 2, 2, 2, 2)
ZERO = (0, 0, 0, 0, 0)


def every(outcome: str) -> dict[str, str]:
    return dict.fromkeys(ALL_CHECKS, outcome)


def syntax_error_line(path: Path) -> int:
    try:
        compile(path.read_text(), str(path), "exec")
    except SyntaxError as exc:
        return exc.lineno
    raise AssertionError(f"{path.name} parses")


@dataclass(frozen=True)
class Expected:
    scores: tuple[float, ...]
    """Points earned per question, in QUESTIONS order (q1 ... q5)."""
    status: str
    """A regex the whole grading_status must match."""
    outcomes: dict[str, str] = field(default_factory=dict)
    """The outcome of each check that does not pass (the others pass)."""


# What each file's code truly earns. A stalled, killed or misbehaving request costs only the checks
# that make it; the cheats start from the student release, so whatever they score they did not earn.
CASES = {
    # broken files
    "syntax_error": Expected(
        ZERO, re.escape(f"syntax error (line {syntax_error_line(HOSTILE / 'syntax_error.py')})"), every("syntax error")
    ),
    "import_missing_module": Expected(
        ZERO,
        r"crashed: importing the file raised ModuleNotFoundError at line \d+ of your file: "
        r"No module named 'tensorflow_addons_not_installed'",
        every("crashed"),
    ),
    "import_raises": Expected(
        ZERO,
        r"crashed: importing the file raised RuntimeError at line \d+ of your file: "
        r"the notebook's last cell failed",
        every("crashed"),
    ),
    "forward_name_error": Expected(
        (2, 2, 0, 2, 0), "graded", {FLATTEN: "failed", FLATTEN_HIDDEN: "failed", ACCURACY: "error"}
    ),
    # time
    "import_endless_loop": Expected(ZERO, "timeout", every("timeout")),
    "forward_endless_loop": Expected(
        (2, 2, 0, 2, 0), "timeout", {FLATTEN: "timeout", FLATTEN_HIDDEN: "timeout", ACCURACY: "timeout"}
    ),
    "train_step_endless_loop": Expected(
        (2, 2, 2, 0, 0), "timeout", {STEP: "timeout", STEP_HIDDEN: "timeout", ACCURACY: "timeout"}
    ),
    "test_set_ignores_sigterm": Expected((0, 2, 2, 2, 2), "timeout", {TEST_SET: "timeout"}),
    # memory, processes, output
    "import_huge_allocation": Expected(ZERO, "memory limit", every("memory limit")),
    "train_step_memory_growth": Expected(
        (2, 2, 2, 0, 0), "memory limit", {STEP: "memory limit", STEP_HIDDEN: "memory limit", ACCURACY: "memory limit"}
    ),
    "forward_spawns_processes": Expected(
        (2, 2, 0, 2, 0),
        r"crashed: started more than 32 processes",
        {FLATTEN: "crashed", FLATTEN_HIDDEN: "crashed", ACCURACY: "crashed"},
    ),
    "import_fork_loop": Expected(
        ZERO, r"crashed: while loading the file: started more than 32 processes", every("crashed")
    ),
    "import_fork_setsid": Expected(
        ZERO, r"crashed: while loading the file: started more than 32 processes", every("crashed")
    ),
    "import_busy_processes": Expected(ZERO, r"crashed: kept more than [\d.]+ CPU cores busy", every("crashed")),
    "import_prints_gigabytes": Expected(
        ZERO, r"crashed: while loading the file: printed more than 16 MB of output", every("crashed")
    ),
    # leaving the grading process
    "forward_sys_exit": Expected(
        (2, 2, 0, 2, 0), "graded", {FLATTEN: "error", FLATTEN_HIDDEN: "error", ACCURACY: "error"}
    ),
    "train_step_os_exit": Expected(
        (2, 2, 2, 0, 0),
        r"crashed: the submission ended the grading process \(exit code 0\)",
        {STEP: "crashed", STEP_HIDDEN: "crashed", ACCURACY: "crashed"},
    ),
    "train_step_keyboard_interrupt": Expected(
        (2, 2, 2, 0, 0), "graded", {STEP: "error", STEP_HIDDEN: "error", ACCURACY: "error"}
    ),
    # the probe is the student's Network itself, not a subclass of it: the gradients accumulate there too
    "train_step_probe_detection": Expected(
        (2, 2, 2, 0, 0), "graded", {STEP: "failed", STEP_HIDDEN: "failed", ACCURACY: "failed"}
    ),
    # task 2's exception costs q2 (and q5, which needs a network): q3 and q4 build around it
    "network_init_system_exit": Expected((2, 0, 2, 2, 0), "graded", {FC1: "error", ACCURACY: "error"}),
    # cheating
    "cheat_reads_reference": Expected(ZERO, "graded", every("not finished")),
    "cheat_writes_results": Expected(ZERO, "graded", every("not finished")),
    "cheat_prints_score": Expected(ZERO, "graded", every("not finished")),
    "cheat_monkeypatches": Expected(ZERO, "graded", every("not finished")),
    # attacks on the otter route (tests/release/test_otter_zip.py runs them through otter): here, the skeleton's 0
    "otter_replaces_checks": Expected(ZERO, "graded", every("not finished")),
    "otter_pickle_escalation": Expected(ZERO, "graded", every("not finished")),
    "otter_writes_results": Expected(ZERO, "graded", every("not finished")),
    "otter_signals_judge": Expected(ZERO, "graded", every("not finished")),
    "cheat_malformed_answers": Expected(ZERO, r"crashed: (?!internal grader error).+", every("crashed")),
    "cheat_forged_answers": Expected(
        ZERO, r"crashed: the grading process answered 'test_set' with something unreadable", every("crashed")
    ),
    "network_connection": Expected(FULL, "graded"),
    # forged reports from inside the sandbox: they cost the forger, never the batch
    "forged_setup_report": Expected(
        ZERO, r"crashed: while loading the file: the grading process sent something unreadable", every("crashed")
    ),
    # during a request the child may report only what its own process can know: not finished, error, memory limit
    "forged_error_report": Expected((0, 2, 2, 2, 2), "graded", {TEST_SET: "error"}),
    "forged_kit_timeout": Expected((2, 2, 2, 2, 0), "graded", {ACCURACY: "error"}),
    "runtime_syntax_error": Expected((2, 2, 2, 2, 0), "graded", {ACCURACY: "error"}),
    # at import the file's own frame always shows: the kit's exception is the student's, whatever it says
    "forged_internal_error": Expected(
        ZERO, r"crashed: importing the file raised StudentError at line \d+ of your file: crashed: .+", every("crashed")
    ),
    "answer_compressed": Expected(
        (0, 2, 2, 2, 2), r"crashed: the grading process sent something unreadable", {TEST_SET: "crashed"}
    ),
    "answer_lazy_tensor": Expected(
        (0, 2, 2, 2, 2), r"crashed: the grading process sent something unreadable", {TEST_SET: "crashed"}
    ),
    "import_privileged_calls": Expected(
        ZERO,
        r"crashed: while loading the file: made a system call the sandbox refuses "
        r"\(unshare\)",
        every("crashed"),
    ),
    "import_thread_swarm": Expected(
        ZERO, r"crashed: while loading the file: started more than 256 threads", every("crashed")
    ),
    "import_leaves_shared_memory": Expected(FULL, "graded"),
    # answers for inputs known in advance earn nothing: grading draws every input afresh
    "hardcoded_public_forward": Expected((2, 2, 0, 2, 2), "graded", {FLATTEN: "failed", FLATTEN_HIDDEN: "failed"}),
    "hardcoded_public_train_step": Expected(
        (2, 2, 2, 0, 0), "graded", {STEP: "failed", STEP_HIDDEN: "failed", ACCURACY: "failed"}
    ),
    "tabulated_answers": Expected(ZERO, "graded", {**every("not finished"), TEST_SET: "failed"}),
    # what a hidden check's code raises (the kit's own exception type included) is the submission's error
    "hidden_inputs_leak": Expected(
        ZERO,
        "graded",
        {
            TEST_SET: "not finished",
            FC1: "not finished",
            FLATTEN: "failed",
            FLATTEN_HIDDEN: "failed",
            STEP: "error",
            STEP_HIDDEN: "error",
            ACCURACY: "not finished",
        },
    ),
    "replaced_dispatch": Expected(ZERO, "graded", every("not finished")),
    # q5 checks the training it scores: weights carried in the file and swapped in break the chain of steps
    # (its copy does not fit the probe model's layers, so its step is an honest one there: q4 is earned)
    "carried_weights": Expected(
        (2, 2, 0, 2, 0), "graded", {FLATTEN: "failed", FLATTEN_HIDDEN: "failed", ACCURACY: "failed"}
    ),
    "carried_weights_last_step": Expected(
        (2, 2, 0, 2, 0), "graded", {FLATTEN: "failed", FLATTEN_HIDDEN: "failed", ACCURACY: "failed"}
    ),
    "carried_weights_at_init": Expected(
        (2, 2, 0, 0, 0),
        "graded",
        {FLATTEN: "failed", FLATTEN_HIDDEN: "failed", STEP: "failed", STEP_HIDDEN: "failed", ACCURACY: "failed"},
    ),
    # the system calls no lab needs are refused, and the status names the call
    "keyring_writer": Expected(
        ZERO, r"crashed: while loading the file: made a system call the sandbox refuses \(add_key\)", every("crashed")
    ),
    "keyring_reader": Expected(
        ZERO, r"crashed: while loading the file: made a system call the sandbox refuses \(keyctl\)", every("crashed")
    ),
    "fallocate_stdout": Expected(
        ZERO, r"crashed: while loading the file: made a system call the sandbox refuses \(fallocate\)", every("crashed")
    ),
    "dev_writes": Expected(FULL, "graded"),
}
GOOD = "good"  # the reference solution, graded in the same batch
EXPECTED = {**CASES, GOOD: Expected(FULL, "graded")}


# ---- the batch --------------------------------------------------------------------------------------
def processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every process on the machine."""
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
                cmd = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            except (OSError, IndexError, ValueError):
                continue
            found[int(entry)] = (ppid, cmd)
    return found


def strays(before: dict[int, tuple[int, str]], marker: str) -> list[str]:
    """Processes the batch started that still run: descendants of this process, copies of a grading child
    (their command line names the batch's folder), or the sleepers the hostile files start."""
    now = processes()

    def descends(pid: int) -> bool:
        for _ in range(64):
            pid = now.get(pid, (0, ""))[0]
            if pid == os.getpid():
                return True
            if pid <= 1:
                return False
        return False

    return [
        f"{pid}: {cmd[:120]}"
        for pid, (_, cmd) in now.items()
        if pid not in before and pid != os.getpid() and (descends(pid) or marker in cmd or cmd == "sleep 1000")
    ]


class Listener:
    """A TCP listener on 127.0.0.1:PORT that records every connection."""

    def __init__(self):
        self.connections: list[tuple] = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", PORT))
        self.sock.listen(16)
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.done.is_set():
            if select.select([self.sock], [], [], 0.1)[0]:
                conn, address = self.sock.accept()
                conn.settimeout(1)
                try:
                    data = conn.recv(1024)
                except OSError:
                    data = b""
                self.connections.append((address, data))
                conn.close()

    def close(self):
        self.done.set()
        self.thread.join()
        self.sock.close()


@dataclass
class Batch:
    results: dict
    rows: dict[str, dict]
    header: list[str]
    out: Path
    seconds: float
    strays: list[str]
    leftovers: list[str]
    connections: list[tuple] | None
    canary: str
    new_shared_memory: list[str]


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Batch:
    """Grade every hostile file and the reference in one call, watching what the batch leaves behind."""
    require_mnist()
    import torch

    root = tmp_path_factory.mktemp("hostile")
    subs, out, scratch = root / "subs", root / "out", root / "tmp"
    subs.mkdir()
    scratch.mkdir()
    for path in HOSTILE.glob("*.py"):
        shutil.copyfile(path, subs / path.name)
    shutil.copyfile(REPO / "solutions" / "cnn_lab.py", subs / f"{GOOD}.py")
    CANARY.write_text(CANARY_TEXT)
    try:
        listener = Listener()
    except OSError:
        listener = None  # the port is taken: the network test skips
    before = processes()
    shm_before = shared_memory_segments()
    threads = torch.get_num_threads()
    started = time.perf_counter()
    try:
        # grade.main's temporary folders go to a private folder, so that nothing else on the machine
        # (another grading run) can make them look left over.
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(tempfile, "tempdir", str(scratch))
            results = grade_quietly(
                subs, out=out, data=DATA, jobs=JOBS, timeout=TIMEOUT, memory_limit=MEMORY_MB, device="cpu", force=True
            ).results
    finally:
        seconds = time.perf_counter() - started
        torch.set_num_threads(threads)
        if listener is not None:
            listener.close()
        canary = CANARY.read_text() if CANARY.exists() else "<deleted>"
        CANARY.unlink(missing_ok=True)
    left = strays(before, str(root))
    for _ in range(50):  # processes killed a moment ago may still be on their way out
        if not left:
            break
        time.sleep(0.1)
        left = strays(before, str(root))
    with open(out / "final_grades.csv", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    print(f"\nhostile batch: {len(results)} submissions graded in {seconds:.0f} s")
    return Batch(
        results={r.name: r for r in results},
        rows={row["file"]: row for row in rows},
        header=list(reader.fieldnames or []),
        out=out,
        seconds=seconds,
        strays=left,
        leftovers=sorted(str(p) for p in scratch.iterdir()),
        connections=None if listener is None else listener.connections,
        canary=canary,
        new_shared_memory=sorted(shared_memory_segments() - shm_before),
    )


def shared_memory_segments() -> set[str]:
    """The machine's System V shared memory segments (key and id), as /proc lists them."""
    try:
        lines = Path("/proc/sysvipc/shm").read_text().splitlines()[1:]
    except OSError:
        return set()
    return {" ".join(line.split()[:2]) for line in lines}


def require_mnist() -> None:
    if not (DATA / "MNIST" / "raw").is_dir():
        pytest.skip(f"no MNIST under {DATA}: set {ENV_VAR}")


def require_isolation() -> None:
    """Skip where the kernel refuses the namespaces the sandbox needs (the grader warns there instead)."""
    probe = (
        "import ctypes, sys; sys.exit(ctypes.CDLL(None, use_errno=True).unshare("
        "0x10000000 | 0x40000000 | 0x00020000 | 0x20000000) != 0)"
    )  # user, network, mount, PID
    if subprocess.run([sys.executable, "-c", probe]).returncode != 0:
        pytest.skip("this kernel refuses user/network/mount/PID namespaces: the sandbox runs without them, and says so")


def earned(row: dict) -> tuple[float, ...]:
    return tuple(float(row[q]) for q in QUESTIONS)


def case_params(names) -> list:
    return [pytest.param(n, id=n) for n in names]


# ---- the corpus ---------------------------------------------------------------------------------------
def test_every_hostile_file_names_its_case_and_has_an_expected_outcome():
    files = {p.stem: p for p in HOSTILE.glob("*.py")}
    assert sorted(files) == sorted(CASES)
    for path in files.values():
        assert re.match(r"# Hostile: \S", path.read_text().splitlines()[0]), path.name


# ---- each file gets what its code earns, and a status naming what happened ----------------------------------
@pytest.mark.parametrize("name", case_params(EXPECTED))
def test_gets_exactly_what_its_code_earns(batch, name):
    expected = EXPECTED[name]
    row = batch.rows[f"{name}.py"]
    result = batch.results[name]
    outcomes = {c.check: c.outcome for c in result.checks if not c.passed}
    assert (earned(row), row["grading_status"]) == (tuple(map(float, expected.scores)), result.status)
    assert re.fullmatch(expected.status, row["grading_status"]), row["grading_status"]
    assert outcomes == expected.outcomes, {c.check: c.message for c in result.checks if not c.passed}
    assert float(row["total_points_earned"]) == sum(expected.scores)


# ---- the batch as a whole ------------------------------------------------------------------------------
def test_batch_has_one_row_per_file_and_the_reference_at_full_marks(batch):
    assert batch.header[:1] == ["file"] and batch.header[-1] == "grading_status"
    assert list(batch.rows) == ["points-per-question", *sorted(f"{n}.py" for n in EXPECTED)]
    good = batch.rows[f"{GOOD}.py"]
    assert (earned(good), good["total_points_earned"], good["percent_correct"], good["grading_status"]) == (
        tuple(map(float, FULL)),
        "10",
        "1.0",
        "graded",
    )


def test_limit_report_names_exactly_the_submissions_that_hit_a_limit(batch):
    report = grade.limit_report(list(batch.results.values()))
    observed = {n for n, r in batch.results.items() if r.status != "graded"}
    assert report.startswith(f"{len(observed)} of {len(EXPECTED)} hit a limit or did not run: ")
    for name, result in batch.results.items():
        assert (f"{name} ({result.status})" in report) == (name in observed), name
    assert observed == {n for n in EXPECTED if EXPECTED[n].status != "graded"}


def test_leaves_no_process_running(batch):
    assert batch.strays == []


def test_leaves_no_shared_memory_on_the_machine(batch):
    require_isolation()  # the sandbox's own IPC namespace takes its segments with it
    assert batch.new_shared_memory == []


def test_leaves_no_temporary_folder(batch):
    assert batch.leftovers == []


def test_no_submission_reaches_a_listener_on_this_machine(batch):
    require_isolation()
    if batch.connections is None:
        pytest.skip(f"port {PORT} is taken on this machine")
    assert batch.connections == []


def test_output_folder_holds_only_what_the_grader_wrote(batch):
    require_isolation()
    files = sorted(str(p.relative_to(batch.out)) for p in batch.out.rglob("*") if p.is_file())
    assert files == sorted(
        [
            "final_grades.csv",
            "summary.md",
            "summary.png",
            *(f"results/{n}.json" for n in EXPECTED),
            *(f"feedback/{n}.md" for n in EXPECTED),
            *(f"staff/{n}.json" for n in EXPECTED),
        ]
    )
    for name, result in batch.results.items():
        saved = json.loads((batch.out / "results" / f"{name}.json").read_text())
        assert saved["score"] == result.earned, name


def test_nothing_outside_the_sandbox_changes(batch):
    require_isolation()
    assert batch.canary == CANARY_TEXT


def test_memory_held_in_memory_files_counts_against_the_cap(tmp_path):
    """memfd files written but never mapped are in no process's Pss: the cap adds them up itself."""
    require_mnist()
    hoard = (REPO / "solutions" / "cnn_lab.py").read_text() + (
        "\n\nimport os as _os\n_FILES = []\n"
        "for _i in range(100):  # 100 x 15 MB, each under the 16 MB file-size limit\n"
        "    _fd = _os.memfd_create(f'm{_i}')\n    _os.write(_fd, bytes(15 << 20))\n    _FILES.append(_fd)\n"
        "import time as _time\n_time.sleep(5)\n"
    )
    (tmp_path / "hoard.py").write_text(hoard)
    results = grade_quietly(
        tmp_path / "hoard.py", out=tmp_path / "out", data=DATA, jobs=1, timeout=TIMEOUT, memory_limit=1024, device="cpu"
    ).results
    assert results[0].status == "memory limit"


def test_busy_processes_are_caught_even_when_they_get_less_than_their_share(tmp_path):
    """CPU time alone cannot show it on a busy machine: pinned to one core, 28 busy processes use at most
    one core's time, under the 1.5-core share. The threads wanting a core still give them away."""
    require_mnist()
    shutil.copy(HOSTILE / "import_busy_processes.py", tmp_path / "busy.py")
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})  # the grader's processes inherit it
    try:
        results = grade_quietly(
            tmp_path / "busy.py",
            out=tmp_path / "out",
            data=DATA,
            jobs=1,
            timeout=TIMEOUT,
            memory_limit=MEMORY_MB,
            device="cpu",
        ).results
    finally:
        os.sched_setaffinity(0, cores)
    assert re.fullmatch(r"crashed: kept more than [\d.]+ CPU cores busy", results[0].status)


def test_without_namespaces_a_process_in_a_session_of_its_own_ends_with_the_grading(tmp_path):
    """--no-isolation has no PID namespace to take everything down; the zygote adopts (as child
    subreaper) what a submission leaves behind in a session of its own, and kills it at the end."""
    require_mnist()
    marker = "1001.5"
    (tmp_path / "daemon.py").write_text(
        (REPO / "solutions" / "cnn_lab.py").read_text()
        + (
            "\n\nimport os as _os\nif _os.fork() == 0:\n    _os.setsid()\n    if _os.fork() == 0:\n"
            f"        _os.execvp('sleep', ['sleep', '{marker}'])\n    _os._exit(0)\n"
        )
    )

    def sleepers():
        return [pid for pid, (_, cmd) in processes().items() if cmd == f"sleep {marker}"]

    try:
        # a generous timeout: this test is about what is left behind, not about time (CI machines are busy)
        results = grade_quietly(
            tmp_path / "daemon.py",
            out=tmp_path / "out",
            data=DATA,
            jobs=1,
            timeout=60,
            memory_limit=MEMORY_MB,
            device="cpu",
            isolate=False,
        ).results
        assert results[0].earned == 10
        time.sleep(0.5)
        assert sleepers() == []
    finally:
        for pid in sleepers():
            os.kill(pid, 9)


def test_nothing_a_hidden_check_sees_reaches_feedback_status_or_results(batch):
    """hidden_inputs_leak.py puts LEAK and the inputs into every error it raises; public checks may quote it,
    hidden ones say only their kind and hint."""
    for name in EXPECTED:
        saved = json.loads((batch.out / "results" / f"{name}.json").read_text())
        hidden = [t["output"] for t in saved["tests"] if "(hidden)" in t["name"]]
        assert hidden and not any("LEAK" in text for text in hidden), name
        assert "LEAK" not in batch.rows[f"{name}.py"]["grading_status"]
        feedback = (batch.out / "feedback" / f"{name}.md").read_text()
        assert not any("LEAK" in line for line in feedback.splitlines() if "(hidden" in line), name
    leak = json.loads((batch.out / "results" / "hidden_inputs_leak.json").read_text())
    public = [t["output"] for t in leak["tests"] if "(public)" in t["name"]]
    assert any("LEAK" in text for text in public)  # public checks keep their helpful messages
    staff = json.loads((batch.out / "staff" / "hidden_inputs_leak.json").read_text())
    assert any(c["hidden"] and "LEAK" in c["observed"] for c in staff["checks"])  # staff still see it


def keyring_ids(description: str, keyring: int = -4) -> list[int]:
    """Ids of the user-type keys with `description` linked into the keyring (@u by default)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    found = libc.syscall(250, 10, ctypes.c_long(keyring), b"user", description.encode(), 0)  # KEYCTL_SEARCH
    return [found] if found > 0 else []


def test_sandboxes_share_no_keyring_with_each_other_or_the_grader(tmp_path):
    """keyring_writer.py adds keys and unlinks the grader's; keyring_reader.py, in the same batch and in a later
    run, looks for them. Both are refused before any key call reaches the kernel's keyrings."""
    import ctypes

    require_mnist()
    libc = ctypes.CDLL(None, use_errno=True)
    mine = libc.syscall(248, b"user", b"cnnlab-grader-key", b"the grader's", 12, ctypes.c_long(-4))  # add_key to @u
    if mine < 0:
        pytest.skip("this machine gives the grading user no keyring")
    try:
        subs = tmp_path / "subs"
        subs.mkdir()
        for name in ("keyring_writer", "keyring_reader"):
            shutil.copy(HOSTILE / f"{name}.py", subs / f"{name}.py")
        for run in ("first", "second"):
            results = {
                r.name: r
                for r in grade_quietly(
                    subs, out=tmp_path / run, data=DATA, jobs=2, timeout=TIMEOUT, memory_limit=MEMORY_MB, device="cpu"
                ).results
            }
            assert results["keyring_writer"].status.endswith("refuses (add_key)")
            assert results["keyring_reader"].status.endswith("refuses (keyctl)")
            assert keyring_ids("cnnlab-grader-key") == [mine]
            assert keyring_ids("cnnlab-hostile-key") == [] and keyring_ids("cnnlab-hostile-key", -3) == []
    finally:
        libc.syscall(250, 21, ctypes.c_long(mine))  # KEYCTL_INVALIDATE


def test_fallocate_on_stdout_holds_no_disk_and_costs_no_neighbour(tmp_path):
    """With TMPDIR on a small file system, a gigabyte fallocated on stdout used to fill it and zero the honest
    submissions graded meanwhile. Output now goes to a pipe, and the call itself is refused."""
    require_mnist()
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200m", "tmpfs", str(small)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        subs = tmp_path / "subs"
        subs.mkdir()
        shutil.copy(HOSTILE / "fallocate_stdout.py", subs / "fallocate_stdout.py")
        for n in range(4):
            shutil.copy(REPO / "solutions" / "cnn_lab.py", subs / f"honest{n}.py")
        free = shutil.disk_usage(small).free
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(tempfile, "tempdir", str(small))
            results = {
                r.name: r
                for r in grade_quietly(
                    subs, out=tmp_path / "out", data=DATA, jobs=2, timeout=TIMEOUT, memory_limit=MEMORY_MB, device="cpu"
                ).results
            }
        assert results["fallocate_stdout"].status.endswith("refuses (fallocate)")
        assert all(results[f"honest{n}"].earned == 10 for n in range(4)), {n: r.status for n, r in results.items()}
        assert list(small.iterdir()) == [] and shutil.disk_usage(small).free == free
    finally:
        subprocess.run(["umount", str(small)])


def test_the_request_dispatch_is_in_no_table_a_submission_can_import():
    import cnnlab.sandbox.child as child
    from cnnlab.submission.interface import OBSERVATIONS

    tables = [
        name
        for name, value in vars(child).items()
        if not name.startswith("__")
        and isinstance(value, (dict, list))
        and any(callable(v) for v in (value.values() if isinstance(value, dict) else value))
    ]
    assert "HANDLERS" not in vars(child) and not any(callable(v) for v in OBSERVATIONS.values())
    assert tables == []


def test_mount_points_with_odd_characters_are_read_as_the_kernel_writes_them():
    """A data folder named `dat\\a` must be made read-only too: mountinfo escapes more than spaces."""
    from cnnlab.sandbox.isolation import unescape

    assert unescape(r"/srv/dat\134a\040b\011c\012d") == "/srv/dat\\a b\tc\nd"


# x86_64 numbers of the calls the filter must refuse, each with arguments that would otherwise work or fail
# harmlessly (the call never reaches the kernel when refused)
REFUSED_CALLS = {
    "keyctl": "250, 0, -4, 0",
    "add_key": "248, b'user', b'k', b'v', 1, -4",
    "request_key": "249, b'user', b'k', 0, 0",
    "ptrace": "101, 16, os.getppid(), 0, 0",
    "bpf": "321, 0, 0, 0",
    "perf_event_open": "298, 0, 0, -1, -1, 0",
    "io_uring_setup": "425, 1, 0",
    "mount": "165, b'none', b'/tmp', b'tmpfs', 0, 0",
    "setns": "308, 0, 0",
    "unshare": "272, 0x10000000",
    "clone": "56, 0x10000000 | 17, 0, 0, 0, 0",
}


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in REFUSED_CALLS])
def test_the_system_call_filter_refuses_and_names_each_call_no_lab_needs(name):
    """The filter as the sandbox loads it, in a process of its own: the call never returns, the listener names it."""
    import platform

    from cnnlab.sandbox import syscalls

    if platform.machine() != "x86_64":
        pytest.skip("the call numbers here are x86_64's")
    mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    script = (
        "import ctypes, os, socket, sys\nfrom cnnlab.sandbox import syscalls\n"
        f"channel = socket.socket(fileno={theirs.fileno()})\nproblem = syscalls.refuse(channel)\nchannel.close()\n"
        "if problem:\n    sys.exit(problem)\n"
        f"ctypes.CDLL(None, use_errno=True).syscall({REFUSED_CALLS[name]})\nprint('returned')\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        pass_fds=(theirs.fileno(),),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    theirs.close()
    listener = None
    try:
        listener = syscalls.receive_listener(mine)
        if listener is None:
            child.wait(timeout=30)
            pytest.skip(f"no system-call filter here: {child.stderr.read().strip()}")
        ready, _, _ = select.select([listener], [], [], 30)
        assert ready, "the call was not refused"
        assert syscalls.refused_call(listener) == name
    finally:
        # as the leader does: kill first, then let the listener go (closed first, the kernel would answer the
        # waiting call with ENOSYS and it would return)
        child.kill()
        out, _ = child.communicate()
        mine.close()
        if listener is not None:
            os.close(listener)
    assert "returned" not in out


@pytest.mark.slow
def test_as_an_ordinary_user_every_hostile_file_gets_the_same_verdict_as_as_root(batch):
    """The docs advise grading as an ordinary user: the corpus earns the same there, row by row, with every
    isolation step in place (no 'sandbox without' warning)."""
    require_isolation()
    home = Path(tempfile.mkdtemp(prefix="cnnlab-plain-"))
    try:
        os.chmod(home, 0o755)
        subs = home / "subs"
        shutil.copytree(batch.out.parent / "subs", subs)
        command = [*CNNLAB, "grade", subs, "--out", home / "out", "--data", DATA, "-j", JOBS, "--timeout", TIMEOUT]
        command += ["--memory-limit", MEMORY_MB, "--device", "cpu"]
        done = run_as_plain_user(list(map(str, command)), home)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "sandbox without" not in done.stderr, done.stderr[-3000:]
        with open(home / "out" / "final_grades.csv", newline="") as f:
            plain = {row["file"]: row for row in csv.DictReader(f)}
    finally:
        shutil.rmtree(home, ignore_errors=True)
    assert list(plain) == list(batch.rows)
    differ = {
        name: (earned(plain[name]), plain[name]["grading_status"], earned(row), row["grading_status"])
        for name, row in batch.rows.items()
        if name != "points-per-question"
        and (
            earned(plain[name]) != earned(row)
            or status_kind(plain[name]["grading_status"]) != status_kind(row["grading_status"])
        )
    }
    assert differ == {}
