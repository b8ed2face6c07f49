"""The release's steps that need the judge's code on the new spec, run in a child process whose $CNNLAB_LAB
names that spec (the kit's own spec is loaded once per process, at import):

    python -m cnnlab.selftest calibrate SPEC SOLUTIONS_DIR DATA   # q5's threshold and the public q3 outputs
    python -m cnnlab.selftest files SOLUTIONS_DIR OUT             # the student release, generated on that spec

`calibrate` trains the reference with q5's budget from 5 grading draws (starting weights and batch order drawn
as when grading) and sets the threshold from the worst: halfway between chance and the worst draw, rounded down
to a multiple of 5%. When that leaves less than MARGIN between the threshold and the worst draw, it refuses.
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

CALIBRATION_DRAWS = 5
MARGIN = 0.20
"""Least distance between the worst calibration draw and the threshold (fresh draws reach a long tail)."""


def threshold_for(worst: float, classes: int) -> float:
    """Halfway between chance and the worst draw, rounded down to a multiple of 5%."""
    return math.floor((1 / classes + worst) / 2 * 20 + 1e-9) / 20


def calibrate(spec_path: Path, solutions: Path, data: str) -> int:
    import torch

    from ..checks import q3_flatten as public
    from ..checks import reference
    from ..checks.framework import Draw
    from ..checks.judge import judge_context
    from ..checks.q5_accuracy import training_inputs
    from ..lab import LAB_FILE, config
    from ..submission.inprocess import InProcess

    torch.set_num_threads(1)  # as in grading with -j 2 on 2 cores
    cfg, sub = config.ACCURACY, InProcess(str(solutions / LAB_FILE))
    from ..lab.data import load_split

    available = len(load_split(data, train=True, download=False)[1])
    if cfg["train_images"] > available:
        print(
            f"solutions/grading.toml asks q5 to train on {cfg['train_images']:,} images, but {data} holds "
            f"{available:,} training images: lower train_images or point --data at the full MNIST",
            file=sys.stderr,
        )
        return 1
    rows, started = [], time.perf_counter()
    for i in range(CALIBRATION_DRAWS):
        ctx = judge_context(data, draw=Draw(f"calibration {i}"))
        init, order, seed = training_inputs(ctx)
        obs = sub.train(
            str(ctx.root), init=init, order=order, seed=seed, device="cpu", batch_size=cfg["batch_size"], lr=cfg["lr"]
        )
        rows.append({"draw": f"calibration {i}", "accuracy": round(reference.accuracy(ctx, sub, obs["state"]), 4)})
    worst = min(r["accuracy"] for r in rows)
    threshold = threshold_for(worst, config.NUM_CLASSES)
    print(
        f"q5 calibration ({cfg['epochs']} epochs on {cfg['train_images']:,} training images, "
        f"batch {cfg['batch_size']}, "
        f"lr {cfg['lr']:g}; {time.perf_counter() - started:.0f} s): "
        + ", ".join(f"{r['accuracy']:.2%}" for r in rows)
        + f"; threshold {threshold:.0%}"
    )
    if worst - threshold < MARGIN - 1e-9:
        print(
            f"q5's budget is too small: the reference reaches only {worst:.2%} on its worst draw, so no threshold "
            f"leaves {MARGIN:.0%} below it and stays above chance; raise epochs or train_images in "
            f"solutions/grading.toml",
            file=sys.stderr,
        )
        return 1
    spec = json.loads(spec_path.read_text())
    spec["accuracy"].update(threshold=threshold, calibration=rows)
    outputs = reference.forward(public.public_weights(), public.public_inputs())
    spec["public_outputs"] = [[round(v, 6) for v in row] for row in outputs.tolist()]
    from .spec import text

    spec_path.write_text(text(spec))
    return 0


def files(solutions: Path, out: Path) -> int:
    from .build import release_files, write_as

    for path, content in release_files(solutions).items():
        write_as(out / path, content)
    return 0


def main(argv: list[str]) -> int:
    from .. import CnnlabError

    try:
        if argv[0] == "calibrate":
            return calibrate(Path(argv[1]), Path(argv[2]), argv[3])
        if argv[0] == "files":
            return files(Path(argv[1]), Path(argv[2]))
    except CnnlabError as exc:
        print(exc, file=sys.stderr)
        return 1
    except Exception as exc:  # the reference's code (or the kit's) failed: one line for the instructor
        print(f"{argv[0]} step failed: {type(exc).__name__}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    print(f"unknown step {argv[0]!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
