"""Calibrate q5: the reference's test accuracy under the grading budget, over several seeds.

    python benchmarks/calibrate_accuracy.py [--data DIR] [--seeds 5] [--epochs 1 2 3]

The threshold in autograder/config.py must sit below the lowest figure with a margin.
"""

import argparse
import statistics
import time
from pathlib import Path

from cnnlab.autograder import config
from cnnlab.autograder.data import resolve_root
from cnnlab.autograder.harness import InProcess
from cnnlab.autograder.questions import Context
from cnnlab.autograder.reference import accuracy

REFERENCE = Path(__file__).resolve().parent.parent / "solutions" / "cnn_lab.py"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", help="MNIST root (default: $CNNLAB_DATA or the per-user cache)")
    p.add_argument("--seeds", type=int, default=5, help="seeds 0..N-1 (default: 5)")
    p.add_argument("--epochs", type=int, nargs="+", default=[config.ACCURACY["epochs"]], help="budgets to try (default: the configured one)")
    p.add_argument("--device", default="cpu", help="cpu or cuda (default: cpu)")
    p.add_argument("--file", default=str(REFERENCE), help="the submission to calibrate with (default: the reference)")
    args = p.parse_args()
    ctx = Context(resolve_root(args.data), device=args.device)
    sub = InProcess(args.file)
    cfg = config.ACCURACY
    print(f"data {ctx.root}, {cfg['train_images']:,} training images, batch {cfg['batch_size']}, lr {cfg['lr']}, "
          f"threshold {cfg['threshold']:.0%}, device {args.device}")
    for epochs in args.epochs:
        accs, secs = [], []
        for seed in range(args.seeds):
            started = time.perf_counter()
            obs = sub.train(str(ctx.root), seed=seed, device=args.device, train_images=cfg["train_images"], epochs=epochs,
                            batch_size=cfg["batch_size"], lr=cfg["lr"])
            secs.append(time.perf_counter() - started)
            accs.append(accuracy(ctx, sub, obs["state"]))
        print(f"epochs {epochs}: accuracy min {min(accs):.2%} mean {statistics.mean(accs):.2%} max {max(accs):.2%} "
              f"({', '.join(f'{a:.2%}' for a in accs)}); training {statistics.mean(secs):.2f} s per run")


if __name__ == "__main__":
    main()
