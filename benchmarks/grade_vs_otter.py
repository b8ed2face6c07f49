"""Grade the same 20 submissions with `cnnlab grade -j 2` and with `otter run` one after another.

    python benchmarks/grade_vs_otter.py [--data DIR] [--count 20] [--jobs 2] [--device auto]

The submissions cycle through examples/submissions/*.py (realistic right and wrong labs). Both tools
use the same checks; otter runs them in the student's process (Docker is its isolation), cnnlab
in sandboxed children. Prints both wall-clock times, seconds per submission and their ratio.
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
    args = p.parse_args()
    env = dict(os.environ, **({"CNNLAB_DATA": args.data} if args.data else {}))
    sources = sorted((REPO / "examples" / "submissions").glob("*.py"))
    work = Path(tempfile.mkdtemp(prefix="cnnlab-bench-"))
    subs = work / "submissions"
    subs.mkdir()
    for i in range(args.count):
        shutil.copy(sources[i % len(sources)], subs / f"student{i:02d}.py")
    cnnlab = [sys.executable, "-m", "cnnlab.cli"]
    subprocess.run([*cnnlab, "autograder", "--out", str(work / "autograder.zip")], check=True, env=env, capture_output=True)
    import torch

    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, torch {torch.__version__}, "
          f"CUDA: {torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'none'}")

    started = time.perf_counter()
    subprocess.run([*cnnlab, "grade", str(subs), "--out", str(work / "grades"), "-j", str(args.jobs), "--device", args.device,
                    "-q"], check=True, env=env, stdout=subprocess.DEVNULL)
    ours = time.perf_counter() - started
    print(f"cnnlab grade -j {args.jobs}: {ours:.1f} s for {args.count} submissions ({ours / args.count:.2f} s each)")
    if args.skip_otter:
        return
    started = time.perf_counter()
    for f in sorted(subs.iterdir()):
        out = work / "otter" / f.stem
        out.mkdir(parents=True)
        subprocess.run([sys.executable, "-m", "otter", "run", "--no-logo", "-a", str(work / "autograder.zip"), "-o", str(out),
                        str(f)], check=True, env=env, capture_output=True)
    theirs = time.perf_counter() - started
    print(f"otter run, one after another: {theirs:.1f} s for {args.count} submissions ({theirs / args.count:.2f} s each)")
    print(f"ratio: cnnlab grade is {theirs / ours:.1f}x faster")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
