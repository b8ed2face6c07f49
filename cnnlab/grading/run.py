"""Bulk grading without Docker: every submission in its own sandboxed child, N at a time.

Only this (parent) process writes results. Each finished submission is written at once, so an
interrupted run loses nothing it finished, and a re-run resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from .. import CnnlabError, Interrupted, boundary, i18n
from ..checks.framework import Context, Draw
from ..checks.judge import judge_context, pick_device
from ..checks.results import SubmissionResult
from ..lab import data as mnist
from ..outcomes import GRADED, GraderError, SetupError
from ..sandbox.client import Limits
from ..sandbox.zygote import unsupported_system
from . import gradebook
from .gradebook import Saved, assign_names, read_saved, recorded_draws
from .intake import Submission, expand
from .remote import Sandboxed, closed_to_others, grade_one, internal_error_result, sandbox_view

log = logging.getLogger("cnnlab")
MIN_TIMEOUT, MIN_MEMORY_MB = 5.0, 512


@dataclass
class Settings:
    """How a run grades: the limits, the device, the sandbox, and what it says on the way."""

    out_dir: Path
    timeout: float
    memory_limit: int
    device: str
    jobs: int
    force: bool
    isolate: bool
    progress: bool
    staff: tuple[Path, ...] = ()
    """Staff folders besides out_dir that a submission must not see (a replayed run's)."""
    require_isolation: bool = False
    """Refuse to run submissions where the sandbox gets neither namespaces nor a uid of its own (the otter route)."""


@dataclass
class Summary:
    """What a run did, for the command to print."""

    results: list[SubmissionResult]
    """This run's hand-ins, in order (those kept from earlier runs included)."""
    out_dir: Path
    rows: int
    """The gradebook's rows: this run's hand-ins and the earlier ones it keeps."""

    def lines(self) -> list[str]:
        graded = sum(r.status == GRADED for r in self.results)
        # not "graded N": a resumed run grades only what is new, the gradebook holds them all
        return [
            f"{len(self.results)} submissions in this run, {graded} of them ran to the end (now or in an earlier run); "
            f"{self.out_dir}/final_grades.csv has {self.rows} rows (and results/, feedback/, summary.md, summary.png)",
            limit_report(self.results),
        ]


@contextlib.contextmanager
def torch_cache_in_scratch():
    """torch creates its compile cache folder (torchinductor_<user>) in TMPDIR when torchvision's datasets are
    first imported (nothing later in grading makes it): put it in a folder of its own, removed afterwards."""
    name = "TORCHINDUCTOR_CACHE_DIR"
    before = os.environ.get(name)
    with tempfile.TemporaryDirectory(prefix="cnnlab-torch-") as folder:
        os.environ[name] = folder
        try:
            yield
        finally:
            if before is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = before


@contextlib.contextmanager
def sigint_deferred():
    """Ctrl-C ignored for the block (clean-up that must finish); only the main thread can set signal handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def main(
    *,
    submissions: list[str],
    out: str = "grades",
    data: str | None = None,
    jobs: int | None = None,
    timeout: float = Limits.timeout,
    memory_limit: int = Limits.memory_mb,
    device: str = "auto",
    force: bool = False,
    isolate: bool = True,
    progress: bool = True,
    replay: str | None = None,
    lang: str | None = None,
    require_isolation: bool = False,
) -> Summary:
    """Grade every submission into `out`: final_grades.csv, results/, feedback/, summary.md, summary.png, and
    staff/ (each grading's secret draw and every check's own observation).

    `replay` is the --out folder of an earlier run: each hand-in recorded there is graded on the inputs it
    was graded on then (its draw), to reproduce that grading exactly. `lang`: the feedback's and the summary's
    language (default: the release's); the gradebook's columns and grading_status words stay English."""
    try:
        i18n.use(lang)
    except i18n.UnknownLanguage as exc:
        raise CnnlabError(str(exc)) from None
    unsupported = unsupported_system()
    if unsupported and isolate:
        raise CnnlabError(unsupported)
    out_dir = Path(out)
    draws = recorded_draws(Path(replay)) if replay else {}
    subs = expand(submissions, out_dir)
    if not subs:
        raise CnnlabError(
            f"no submissions found in {' '.join(map(str, submissions))}: expected .py, .ipynb, .zip files or folders"
        )
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    if jobs < 1:
        raise CnnlabError(f"-j {jobs}: the number of parallel gradings must be at least 1")
    # Limits that no correct submission can meet would zero the whole class: refuse them up front.
    if not timeout >= MIN_TIMEOUT:
        raise CnnlabError(
            f"--timeout {timeout:g}: each check needs some seconds (q5 trains a network); "
            f"use at least {MIN_TIMEOUT:g}, "
            f"default {Limits.timeout:g}"
        )
    if memory_limit < MIN_MEMORY_MB:
        raise CnnlabError(
            f"--memory-limit {memory_limit}: torch alone needs a few hundred MB; use at least {MIN_MEMORY_MB} "
            f"(MB), default {Limits.memory_mb}"
        )
    settings = Settings(
        out_dir,
        timeout,
        memory_limit,
        pick_device(device),
        jobs,
        force or bool(replay),
        isolate,
        progress,
        (Path(replay),) if replay else (),
        require_isolation,
    )
    root = mnist.resolve_root(data)
    with torch_cache_in_scratch():
        import torchvision.datasets  # noqa: F401  (its first import makes torch's cache folder)
    mnist.fetch(root)  # (or fail clearly) before anything is written
    try:
        for folder in ("results", "feedback", "staff"):
            (out_dir / folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CnnlabError(
            f"--out {out}: cannot make the results folder there ({exc.strerror}); pass a folder name"
        ) from None
    lock = os.open(out_dir, os.O_RDONLY | os.O_DIRECTORY)  # the folder itself is locked: no lock file left behind
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(lock)
        raise CnnlabError(
            f"--out {out}: another cnnlab grade is writing there; wait for it to end, or grade into another folder"
        ) from None
    except OSError:  # a file system without locks (some network ones): grade unlocked
        pass
    saved = read_saved(out_dir)
    subs = assign_names(subs, saved)
    for sub in subs:
        sub.draw = draws.get(sub.where) or draws.get(f"name:{sub.name}") or ""
    if replay and progress:
        print(
            f"replaying the recorded draws of {sum(bool(s.draw) for s in subs)} of {len(subs)} hand-in(s) from "
            f"{replay}/staff",
            file=sys.stderr,
        )
    for sub in subs:
        sub.draw = sub.draw or Draw().seed  # every other hand-in: a fresh draw
    staff_log = logging.FileHandler(out_dir / "errors.log", delay=True)  # created only when something is logged
    staff_log.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    log.addHandler(staff_log)
    try:
        return grade_all(subs, saved, root, settings)
    except KeyboardInterrupt:  # while MNIST was read or the hand-ins hashed, before any grading began
        raise Interrupted(
            f"interrupted before grading began; {out_dir}/results keeps what earlier runs saved: "
            "run the same command again to grade"
        ) from None
    finally:
        log.removeHandler(staff_log)
        staff_log.close()
        os.close(lock)  # releases the lock


def grade_all(subs: list[Submission], saved: dict[str, Saved], root: Path, settings: Settings) -> Summary:
    """Grade what is not graded yet, keep what is, and write the class's files."""
    ctx = judge_context(root, device=settings.device)
    ctx.test_x, ctx.train_x, ctx.train_raw  # noqa: B018 (read MNIST once, before the threads share the context)
    setup = gradebook.grading_fingerprint(settings.timeout, settings.memory_limit, settings.device)
    done, todo = gradebook.plan(subs, saved, settings.out_dir, setup, settings.force)
    if settings.progress and done:
        print(
            f"resuming: {len(done)} already graded in {settings.out_dir}/results (--force grades them again)",
            file=sys.stderr,
        )
    grade_pending(subs, todo, done, ctx, root, setup, settings)
    earlier = gradebook.write_class(settings.out_dir, subs, done, saved, settings.progress)
    return Summary([done[s.name] for s in subs], settings.out_dir, len(subs) + earlier)


def finish(out_dir: Path, sub: Submission, result: SubmissionResult, setup: str) -> SubmissionResult:
    """Save a finished result (on the main thread only: the workers hand results back through their futures);
    returns what was saved."""
    try:
        gradebook.save(out_dir, sub, result, setup)
    except (OSError, TypeError, ValueError):  # one result that cannot be written must not end the batch
        log.exception("writing the result of %s failed", sub.name)
        result = internal_error_result(sub.name)
        try:
            gradebook.save(out_dir, sub, result, setup)
        except (OSError, TypeError, ValueError):  # the gradebook still gets its row; the next run grades it again
            log.exception("writing the error result of %s failed too", sub.name)
    return result


def grade_pending(
    subs: list[Submission],
    todo: list[Submission],
    done: dict[str, SubmissionResult],
    ctx: Context,
    root: Path,
    setup: str,
    settings: Settings,
) -> None:
    """Grade `todo`, `settings.jobs` sandboxes at a time, saving each result as it comes into `done`."""
    import torch
    from tqdm import tqdm

    threads = max(1, (os.cpu_count() or 1) // settings.jobs)  # the judge and each sandbox share the cores
    torch.set_num_threads(threads)
    limits = Limits(
        timeout=settings.timeout,
        memory_mb=settings.memory_limit,
        threads=threads,
        cpu_share=threads + 0.5,
        isolate=settings.isolate,
        require_isolation=settings.require_isolation,
    )
    if todo and settings.isolate and os.geteuid() == 0:
        closed = closed_to_others([Path(sys.prefix), Path(sys.base_prefix), boundary.PACKAGE, root])
        limits.leave_root = closed is None
        if closed is not None:
            print(
                f"warning: grading as root, and {closed} is closed to other users (mode "
                f"{closed.stat().st_mode & 0o777:o}), so submissions run as root in their namespace, where files "
                "they may see are readable whatever their permissions; grade as an ordinary user, or install Python, "
                "the kit and the data where others can read them (submissions then run as a uid of their own)",
                file=sys.stderr,
            )
    out_dir = settings.out_dir
    bar = tqdm(
        total=len(subs), initial=len(subs) - len(todo), unit="sub", disable=not settings.progress, dynamic_ncols=True
    )
    pool = ThreadPoolExecutor(max_workers=settings.jobs)
    zygote = None
    home = Path(tempfile.mkdtemp(prefix="cnnlab-grade-"))
    try:
        (home / "work").mkdir()
        if limits.leave_root:  # the sandboxes' own uids pass through to their scratch folders, and read nothing here
            os.chmod(home, 0o711)
            os.chmod(home / "work", 0o711)
        limits.home = str(home / "work")
        limits.views, limits.hide = sandbox_view(
            root, Path(limits.home), [out_dir, *settings.staff, *(s.source for s in subs)]
        )
        zygote = Sandboxed.start_zygote(limits) if todo else None
        pending = {pool.submit(grade_one, sub, ctx, limits, home / "work", zygote): sub for sub in todo}
        while pending:
            finished, _running = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                sub = pending.pop(fut)
                try:
                    result = fut.result()
                except SetupError as exc:
                    if not zygote.ready.is_set():  # no sandbox has ever worked: a class of zeros would follow
                        raise
                    log.error("grading %s: a sandbox could not be set up: %s", sub.name, exc)
                    result = internal_error_result(sub.name)  # graded again on the next run
                done[sub.name] = finish(out_dir, sub, result, setup)
                bar.set_postfix_str(f"{sub.name}: {done[sub.name].status}", refresh=False)
                bar.update()
    except GraderError as exc:
        pool.shutdown(wait=False, cancel_futures=True)
        if zygote is not None:
            zygote.close()  # the running sandboxes end now, not after all their checks
            zygote = None
        if isinstance(exc, SetupError):
            exc = (
                f"stopped: the sandbox could not be set up, the grader's failure and no student's ({exc}); "
                "nothing was scored for it. See docs/threat-model.md#which-user-to-run-as, or grade with "
                "--no-isolation to do without the sandbox's namespaces"
            )
        raise CnnlabError(f"{exc} ({len(done)} of {len(subs)} graded and saved in {out_dir}/results)") from None
    except KeyboardInterrupt:
        with sigint_deferred():
            pool.shutdown(wait=False, cancel_futures=True)
            if zygote is not None:
                zygote.close()  # every running sandbox dies with it, so the threads finish at once
                zygote = None
        again = "the same command without --force" if settings.force else "the same command again"
        raise Interrupted(
            f"interrupted: {len(done)} of {len(subs)} graded and saved in {out_dir}/results; "
            f"run {again} to grade the rest"
        ) from None
    finally:
        with sigint_deferred():  # a second Ctrl-C must not leave sandboxes or the scratch folder behind
            bar.close()
            pool.shutdown(wait=True)
            if zygote is not None:
                zygote.close()
            shutil.rmtree(home, ignore_errors=True)


def limit_report(results: list[SubmissionResult]) -> str:
    """One line on the submissions that hit a limit or crashed, by name (empty when none)."""
    hit = [r for r in results if r.status != GRADED]
    if not hit:
        return "no submission hit a limit or crashed"
    return f"{len(hit)} of {len(results)} hit a limit or did not run: " + "; ".join(
        f"{r.name} ({r.status})" for r in hit
    )
