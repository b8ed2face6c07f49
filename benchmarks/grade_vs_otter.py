"""Grade the same 20 submissions with `cnnlab grade -j 2` and with `otter run` one after another.

    python benchmarks/grade_vs_otter.py [--data DIR] [--count 20] [--jobs 2] [--device auto]
    python benchmarks/grade_vs_otter.py --breakdown [--data DIR] [--device cpu]
    python benchmarks/grade_vs_otter.py --otter-grade [--image IMAGE] [--data DIR] [--count 20]

The submissions cycle through examples/submissions/*.py (realistic right and wrong labs). Both tools
use the same judge: the zip's plugin grades each hand-in in the kit's sandbox inside otter's run, cnnlab
in sandboxed children. Prints both wall-clock times, seconds per submission and their ratio.

--otter-grade times `otter grade` (Docker) instead of `otter run`: first the grading image's build from
the zip with nothing cached (otter's own build function; the image and Docker's build cache are removed
first), then `otter grade` on the same submissions (its build step now cached), and prints the image's
size. --image is the base image (default: $OTTER_DOCKER_IMAGE, else otter's ubuntu:22.04).

--breakdown grades the reference solution three times in one sandboxed run on one core, the way
`cnnlab grade` does, and prints where its time goes: the zygote's start (once per run), each
sandbox's start, each question's checks, the accuracy question's training alone, closing.
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", help="MNIST root (default: $CNNLAB_DATA or the per-user cache)")
    p.add_argument("--count", type=int, default=20, help="submissions (default: 20)")
    p.add_argument("--jobs", type=int, default=2, help="cnnlab grade -j (default: 2)")
    p.add_argument("--device", default="auto", help="cnnlab grade --device (default: auto)")
    p.add_argument("--skip-otter", action="store_true", help="time cnnlab grade only")
    p.add_argument("--breakdown", action="store_true", help="where one submission's time goes, instead")
    p.add_argument(
        "--otter-grade",
        action="store_true",
        help="time `otter grade` (Docker: image build, then grading) instead of `otter run`",
    )
    p.add_argument(
        "--image",
        default=os.environ.get("OTTER_DOCKER_IMAGE") or "ubuntu:22.04",
        help="otter grade's base image (default: $OTTER_DOCKER_IMAGE, else ubuntu:22.04)",
    )
    args = p.parse_args()
    if args.breakdown:
        return breakdown(args.data, "cpu" if args.device == "auto" else args.device)
    env = dict(os.environ, **({"CNNLAB_DATA": args.data} if args.data else {}))
    sources = sorted((REPO / "examples" / "submissions").glob("*.py"))
    work = Path(tempfile.mkdtemp(prefix="cnnlab-bench-"))
    subs = work / "submissions"
    subs.mkdir()
    for i in range(args.count):
        shutil.copy(sources[i % len(sources)], subs / f"student{i:02d}.py")
    cnnlab = [sys.executable, "-m", "cnnlab.cli"]
    subprocess.run(
        [*cnnlab, "autograder", "--out", str(work / "autograder.zip")], check=True, env=env, capture_output=True
    )
    import torch

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, torch {torch.__version__}, "
        f"CUDA: {torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'none'}"
    )

    started = time.perf_counter()
    subprocess.run(
        [
            *cnnlab,
            "grade",
            str(subs),
            "--out",
            str(work / "grades"),
            "-j",
            str(args.jobs),
            "--device",
            args.device,
            "-q",
        ],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    ours = time.perf_counter() - started
    print(f"cnnlab grade -j {args.jobs}: {ours:.1f} s for {args.count} submissions ({ours / args.count:.2f} s each)")
    if args.skip_otter:
        return
    if args.otter_grade:
        theirs = otter_grade(work, subs, args.image, env)
        print(f"ratio: cnnlab grade is {theirs / ours:.1f}x faster than otter grade's grading (image build aside)")
        shutil.rmtree(work, ignore_errors=True)
        return
    started = time.perf_counter()
    for f in sorted(subs.iterdir()):
        out = work / "otter" / f.stem
        out.mkdir(parents=True)
        otter_run = ["otter", "run", "--no-logo", "-a", str(work / "autograder.zip"), "-o", str(out), str(f)]
        subprocess.run([sys.executable, "-m", *otter_run], check=True, env=env, capture_output=True)
    theirs = time.perf_counter() - started
    print(
        f"otter run, one after another: {theirs:.1f} s for {args.count} submissions ({theirs / args.count:.2f} s each)"
    )
    print(f"ratio: cnnlab grade is {theirs / ours:.1f}x faster")
    shutil.rmtree(work, ignore_errors=True)


def otter_grade(work: Path, subs: Path, base_image: str, env: dict, name: str = "cnnlab_bench") -> float:
    """Build otter's grading image from nothing, then grade with `otter grade`; prints both; returns the grading's
    seconds."""
    import functools
    from unittest import mock

    from otter.grade import containers
    from otter.grade.utils import OTTER_DOCKER_IMAGE_NAME
    from otter.run import AutograderConfig

    image = f"{OTTER_DOCKER_IMAGE_NAME}:{name}"
    # no layer of an earlier build to reuse: removing earlier images is not enough (another image, a docker test's
    # say, keeps their layers), so otter's own build function runs with Docker's cache off (--no-cache)
    earlier = subprocess.run(
        ["docker", "images", OTTER_DOCKER_IMAGE_NAME, "-q"], capture_output=True, text=True
    ).stdout.split()
    subprocess.run(["docker", "image", "rm", "-f", *earlier], capture_output=True)
    subprocess.run(["docker", "image", "prune", "-f"], capture_output=True)
    started = time.perf_counter()
    with mock.patch.object(containers.docker, "build", functools.partial(containers.docker.build, cache=False)):
        containers.build_image(str(work / "autograder.zip"), base_image, name, AutograderConfig())
    built = time.perf_counter() - started
    size = int(
        subprocess.run(
            ["docker", "image", "inspect", image, "--format", "{{.Size}}"], capture_output=True, text=True, check=True
        ).stdout
    )
    print(f"otter grade's image build (base {base_image}, nothing cached): {built:.1f} s; image {size / 1e9:.2f} GB")
    (work / "otter-grades").mkdir()
    started = time.perf_counter()
    grade = ["grade", "-n", name, "-a", str(work / "autograder.zip"), "--ext", "py", "-o", str(work / "otter-grades")]
    command = [sys.executable, "-m", "otter", *grade, "--image", base_image, str(subs)]
    subprocess.run(command, check=True, env=env, capture_output=True)
    theirs = time.perf_counter() - started
    count = len(list(subs.iterdir()))
    print(f"otter grade (image cached): {theirs:.1f} s for {count} submissions ({theirs / count:.2f} s each)")
    return theirs


def breakdown(data, device, rounds=3):
    import torch

    from cnnlab.checks.judge import all_checks, judge_context
    from cnnlab.checks.q5_accuracy import training_inputs
    from cnnlab.checks.runner import run_check
    from cnnlab.grading.remote import Sandboxed
    from cnnlab.lab import config
    from cnnlab.lab import data as mnist
    from cnnlab.sandbox.client import Limits

    torch.set_num_threads(1)
    ctx = judge_context(mnist.resolve_root(data), device=device)  # drawn inputs, as in grading
    ctx.test_x, ctx.train_x, ctx.train_raw  # noqa: B018 (read once per run, as cnnlab grade does)
    home = Path(tempfile.mkdtemp(prefix="cnnlab-breakdown-"))
    limits = Limits(threads=1, home=str(home))
    started = time.perf_counter()
    zygote = Sandboxed.start_zygote(limits)
    times: dict[str, list[float]] = {}

    def timed(label, func):
        t = time.perf_counter()
        value = func()
        times.setdefault(label, []).append(time.perf_counter() - t)
        return value

    try:
        for i in range(rounds):
            scratch = home / f"sub{i}"
            scratch.mkdir()
            shutil.copy(REPO / "solutions" / "cnn_lab.py", scratch / "cnn_lab.py")
            sandbox = Sandboxed(scratch / "cnn_lab.py", scratch, limits, zygote=zygote)
            # the first sandbox waits for the zygote to import torch, once per run
            timed(
                "first sandbox: zygote start (once per run)" if i == 0 else "sandbox start and the file's import",
                sandbox.structure,
            )
            for check in all_checks():
                result = timed(check.question, lambda: run_check(check, sandbox, ctx))
                assert result.outcome == "passed", (check.name, result.message)
            cfg = config.ACCURACY
            init, order, seed = training_inputs(ctx)
            timed(
                "  of which training alone (q5's budget)",
                lambda: sandbox.train(
                    ctx.root,
                    init=init,
                    order=order,
                    seed=seed,
                    device=device,
                    batch_size=cfg["batch_size"],
                    lr=cfg["lr"],
                ),
            )
            timed("closing the sandbox", sandbox.close)
    finally:
        zygote.close()
        shutil.rmtree(home, ignore_errors=True)
    print(
        f"where one submission's time goes (reference solution, {device}, 1 thread; "
        f"median of {rounds}; this run took {time.perf_counter() - started:.1f} s):"
    )
    first, start = "first sandbox: zygote start (once per run)", "sandbox start and the file's import"
    for label in [first, start, *(k for k in times if k not in (first, start))]:
        values = sorted(times[label])
        print(f"  {label:45s} {values[len(values) // 2]:6.2f} s")


if __name__ == "__main__":
    main()
