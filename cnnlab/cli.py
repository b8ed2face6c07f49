"""The `cnnlab` command: parses arguments, calls the plain functions, prints. Defaults live in those functions."""

from __future__ import annotations

import argparse
import inspect
import sys
import traceback
from pathlib import Path

from . import CnnlabError, __version__


def _default(func, name):
    return inspect.signature(func).parameters[name].default


def same_checkout(command: str) -> None:
    """release and autograder work on the checkout the installed kit comes from: refuse to act on
    that one while the user stands in another (a second clone without its own install)."""
    from .lab import LAB_FILE
    from .release import REPO

    here = next(
        (
            d
            for d in [Path.cwd(), *Path.cwd().parents]
            if (d / "solutions" / LAB_FILE).is_file() and (d / "cnnlab" / "lab").is_dir()
        ),
        None,
    )
    if here is not None and here.resolve() != REPO.resolve():
        raise CnnlabError(
            f"you are in the kit checkout {here}, but the cnnlab you ran is installed from {REPO}: "
            f"run `pip install -e .` in {here} first, so that `cnnlab {command}` works on it"
        )


def cmd_release(args) -> int:
    from . import release
    from .release import build

    solutions = Path(args.solutions) if args.solutions else release.REPO / "solutions"
    if args.out:
        student, spec = Path(args.out) / "student", Path(args.out) / "lab.json"
    else:
        same_checkout("release")
        student, spec = release.REPO / "student", release.LAB_SPEC
    if args.check:
        stale = build.check_release(
            student_dir=student,
            solutions_dir=solutions,
            spec_path=spec,
            data=args.data,
            lang=args.lang,
            autograder_dir=student.parent / "autograder",
        )
        if stale:
            for path in stale:
                print(f"out of date: {path}", file=sys.stderr)
            print(
                "the release differs from what solutions/ produces: run `cnnlab release` and commit student/, "
                f"autograder/ and {build.display(spec)}",
                file=sys.stderr,
            )
            return 1
        print("the release proves itself and is up to date with solutions/")
        return 0
    changed, report = build.write_release(
        student_dir=student,
        solutions_dir=solutions,
        spec_path=spec,
        data=args.data,
        lang=args.lang,
        autograder_dir=student.parent / "autograder",
    )
    for line in report:
        print(line)
    where = f"{args.out}/" if args.out else ""
    print(
        f"{where}student/, {where}autograder/ and {build.display(spec)} rebuilt from {solutions}: "
        f"{len(changed)} file(s) changed" + "".join(f"\n  {p}" for p in changed)
    )
    return 0


def use_language(lang: str | None) -> None:
    """The messages' language for this command: --lang, else the release's (lab.json), else $CNNLAB_LANG."""
    from . import i18n

    try:
        i18n.use(lang)
    except i18n.UnknownLanguage as exc:
        raise CnnlabError(str(exc)) from None


def cmd_catalogue(args) -> int:
    from . import i18n
    from .release import catalogue

    same_checkout("catalogue")
    langs = [args.lang] if args.lang else [lang for lang in i18n.LANGUAGES if lang != "en"]
    missing = 0
    for lang in langs:  # English has no catalogue: its texts are the message ids (argparse refuses --lang en)
        report = catalogue.update(lang)
        for domain, ids in report.items():
            path = catalogue.po_path(lang, domain).relative_to(catalogue.REPO)
            print(
                f"{path}: {len(catalogue.read(lang, domain))} messages, {len(ids)} without a translation"
                + "".join(f"\n  {i[:100]!r}" for i in ids[:10])
                + ("\n  ..." if len(ids) > 10 else "")
            )
            missing += len(ids)
    return 1 if missing else 0


def cmd_check(args) -> int:
    from .checks import judge

    use_language(args.lang)
    summary = judge.main(file=args.file, data=args.data, device=args.device, hidden=args.hidden)
    for line in summary.lines():
        print(line)
    return 0 if summary.passed else 1


def cmd_grade(args) -> int:
    from .grading import run

    summary = run.main(
        submissions=args.submissions,
        out=args.out,
        data=args.data,
        jobs=args.jobs,
        timeout=args.timeout,
        memory_limit=args.memory_limit,
        device=args.device,
        force=args.force,
        replay=args.replay,
        isolate=not args.no_isolation,
        progress=not args.quiet,
        lang=args.lang,
    )
    for line in summary.lines():
        print(line)
    return 0


def cmd_autograder(args) -> int:
    from .release import otter_zip

    same_checkout("autograder")
    if not args.out.endswith(".zip"):
        raise CnnlabError(f"--out {args.out}: the autograder is a zip file; pass a name ending in .zip")
    path = otter_zip.main(out=args.out, data=args.data)
    print(
        f"wrote {path}; grade with: mkdir -p grades && otter grade -n cnn_lab -a {path} --ext py -o grades submissions/"
    )
    return 0


class Parser(argparse.ArgumentParser):
    def error(self, message):
        """A usage mistake is an expected failure too: usage, one line, exit status 1 (argparse says 2)."""
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from .grading import run as grade
    from .i18n import LANGUAGES
    from .release import otter_zip

    LANGS = list(LANGUAGES)
    p = Parser(prog="cnnlab", description="The MNIST CNN lab kit: release, self-check, grading, otter autograder.")
    p.add_argument("--version", action="version", version=f"cnnlab {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="show the full traceback of an error")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    data_help = (
        "MNIST root (default: $CNNLAB_DATA, else $XDG_CACHE_HOME/cnnlab/data or ~/.cache/cnnlab/data; "
        "downloaded there when missing)"
    )

    r = sub.add_parser("release", help="derive the lab's spec from solutions/, prove the release, rebuild student/")
    r.add_argument(
        "--check",
        action="store_true",
        help="build and prove the release, write nothing: exit 1 and name "
        "the files when student/ or cnnlab/lab/lab.json is out of date",
    )
    r.add_argument(
        "--solutions", help="the folder holding the reference cnn_lab.py and grading.toml (default: solutions/)"
    )
    r.add_argument(
        "--out",
        help="write DIR/student/ and DIR/lab.json instead of student/ and cnnlab/lab/lab.json "
        "(grade against it with CNNLAB_LAB=DIR/lab.json)",
    )
    r.add_argument("--data", help=data_help)
    r.add_argument(
        "--lang",
        default="en",
        choices=LANGS,
        help="the release's language: en or zh-CN; the self-check and the grader speak it (default: %(default)s)",
    )
    r.set_defaults(func=cmd_release)

    c = sub.add_parser("check", help="self-check one cnn_lab.py in this process (the public checks)")
    c.add_argument("file", help="the cnn_lab.py (or .ipynb) to check")
    c.add_argument("--data", help=data_help)
    c.add_argument("--device", default="auto", help="auto (CUDA when available), cpu or cuda (default: auto)")
    c.add_argument("--hidden", action="store_true", help="also run the hidden checks (staff)")
    c.add_argument("--lang", choices=LANGS, help="the messages' language (default: the release's)")
    c.set_defaults(func=cmd_check)

    g = sub.add_parser("grade", help="grade many submissions in sandboxed processes, N at a time (no Docker)")
    g.add_argument(
        "submissions",
        nargs="+",
        metavar="SUBMISSION",
        help="a .py, .ipynb or .zip, a folder holding one cnn_lab.py, or a folder of such (one per student)",
    )
    g.add_argument("--out", default=_default(grade.main, "out"), help="output folder (default: %(default)s)")
    g.add_argument("-j", "--jobs", type=int, default=None, help="submissions graded at once (default: the CPU count)")
    g.add_argument(
        "--timeout",
        type=float,
        default=_default(grade.main, "timeout"),
        help="seconds each check (and loading the file) may take (default: %(default)s)",
    )
    g.add_argument(
        "--memory-limit",
        type=int,
        default=_default(grade.main, "memory_limit"),
        help="MB of memory a submission's processes may use together (default: %(default)s)",
    )
    g.add_argument(
        "--device",
        default=_default(grade.main, "device"),
        help="where the accuracy question trains: auto (CUDA when available), cpu or cuda (default: %(default)s)",
    )
    g.add_argument("--data", help=data_help)
    g.add_argument("--force", action="store_true", help="grade again the submissions already graded in --out")
    g.add_argument(
        "--replay",
        metavar="DIR",
        help="grade each hand-in on the inputs it was graded on in the earlier "
        "run whose --out was DIR (its staff/ records them); implies --force",
    )
    g.add_argument(
        "--no-isolation", action="store_true", help="skip the namespaces (no network, hidden files): debugging only"
    )
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    g.add_argument(
        "--lang",
        choices=LANGS,
        help="the feedback's and the summary's language (default: the release's); "
        "the gradebook's columns and grading_status words stay English",
    )
    g.set_defaults(func=cmd_grade)

    a = sub.add_parser(
        "autograder", help="write the otter-grader autograder.zip (checks, hidden cases, MNIST, pinned requirements)"
    )
    a.add_argument("--out", default=_default(otter_zip.main, "out"), help="zip to write (default: %(default)s)")
    a.add_argument("--data", help=data_help + "; its files are bundled in the zip")
    a.set_defaults(func=cmd_autograder)

    t = sub.add_parser(
        "catalogue",
        help="bring the translations' .po files up to the kit's and the reference's texts, "
        "compile them, list what has no translation",
    )
    t.add_argument("--lang", choices=[lang for lang in LANGS if lang != "en"], help="one language (default: all)")
    t.set_defaults(func=cmd_catalogue)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)  # builds on modules that import torch: a second or two
    except KeyboardInterrupt:  # Ctrl-C while torch loads: nothing started yet, one line that names the command
        words = [w for w in (sys.argv[1:] if argv is None else argv) if not w.startswith("-")]
        print(f"cnnlab {words[0]}: interrupted" if words else "cnnlab: interrupted", file=sys.stderr)
        return 130
    except RuntimeError as exc:  # the lab's spec is missing or broken (config.SpecUnreadable): one line
        if type(exc).__name__ != "SpecUnreadable":
            raise
        print(f"cnnlab: error: {exc}", file=sys.stderr)
        return 1
    from .lab.data import DataError

    try:
        return args.func(args)
    except BrokenPipeError:  # `cnnlab check ... | head`: the reader left, nothing more to say
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:  # outside the places that say what was saved: one plain line, not a traceback
        print(f"cnnlab {args.command}: interrupted", file=sys.stderr)
        return 130
    except (CnnlabError, DataError) as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"cnnlab {args.command}: error: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", 1)


def run() -> int:
    """The console script: main(), and on Ctrl-C the shell's 130 for certain. A Ctrl-C that lands while an import
    runs code through C (torch does) is recorded by CPython as unhandled even when main() handled it, and the
    interpreter then ends itself by SIGINT at exit; leaving through os._exit keeps the documented status."""
    code = main()
    if code == 130:
        import os

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)  # every finally block has run by now; what was graded is saved
    return code


if __name__ == "__main__":
    sys.exit(run())
