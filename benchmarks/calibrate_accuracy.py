"""Calibrate q5: the reference's test accuracy under the grading budget, over many grading draws.

    python benchmarks/calibrate_accuracy.py [--data DIR] [--draws 40] [--epochs 2 3 4]

Grading draws q5's starting weights and batch order afresh for every hand-in, so the threshold that
`cnnlab release` sets from 5 draws (into cnnlab/lab/lab.json) must sit below the lowest figure over many
draws, with a margin: this script shows the tail over more draws than the release trains.
"""

import argparse
import statistics
import time
from pathlib import Path

import torch

from cnnlab.checks.framework import Draw
from cnnlab.checks.judge import judge_context
from cnnlab.checks.q5_accuracy import training_inputs
from cnnlab.checks.reference import accuracy
from cnnlab.lab import config
from cnnlab.lab.data import resolve_root
from cnnlab.submission.inprocess import InProcess

REFERENCE = Path(__file__).resolve().parent.parent / "solutions" / "cnn_lab.py"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", help="MNIST root (default: $CNNLAB_DATA or the per-user cache)")
    p.add_argument("--draws", type=int, default=40, help="grading draws per budget (default: 40)")
    p.add_argument(
        "--epochs",
        type=int,
        nargs="+",
        default=[config.ACCURACY["epochs"]],
        help="budgets to try (default: the configured one)",
    )
    p.add_argument("--device", default="cpu", help="cpu or cuda (default: cpu)")
    p.add_argument("--file", default=str(REFERENCE), help="the submission to calibrate with (default: the reference)")
    args = p.parse_args()
    torch.set_num_threads(1)  # as in grading with -j 2 on 2 cores
    base = judge_context(resolve_root(args.data), device=args.device)
    sub = InProcess(args.file)
    cfg = config.ACCURACY
    print(
        f"data {base.root}, {cfg['train_images']:,} training images, batch {cfg['batch_size']}, lr {cfg['lr']}, "
        f"threshold {cfg['threshold']:.0%}, device {args.device}, {args.draws} draws"
    )
    configured = cfg["epochs"]
    try:
        for epochs in args.epochs:
            cfg["epochs"] = epochs
            accs, secs = [], []
            for _ in range(args.draws):
                ctx = base.with_draw(Draw())
                init, order, seed = training_inputs(ctx)
                started = time.perf_counter()
                obs = sub.train(
                    str(ctx.root),
                    init=init,
                    order=order,
                    seed=seed,
                    device=args.device,
                    batch_size=cfg["batch_size"],
                    lr=cfg["lr"],
                )
                secs.append(time.perf_counter() - started)
                accs.append(accuracy(ctx, sub, obs["state"]))
            accs.sort()
            print(
                f"epochs {epochs}: accuracy min {accs[0]:.2%}, 5th percentile {accs[len(accs) // 20]:.2%}, "
                f"mean {statistics.mean(accs):.2%}, max {accs[-1]:.2%}; training {statistics.mean(secs):.2f} s per run"
            )
            print("  lowest five: " + ", ".join(f"{a:.2%}" for a in accs[:5]))
    finally:
        cfg["epochs"] = configured


if __name__ == "__main__":
    main()
