"""The narrow interface between the checks and a submission.

Everything here runs the student's code and returns only plain observations (tensors, numbers,
strings); deciding pass or fail is the checks' job. `InProcess` runs a module in this process
(self-check, otter); the grader runs the very same methods in a sandboxed child process.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import traceback
from pathlib import Path

import torch
import torch.nn as nn

from ..i18n import _
from ..lab import config
from ..lab.data import load_split, normalize
from ..outcomes import StudentError, plain_text
from .interface import plain_number
from .loading import describe_exception, is_out_of_memory, is_stub, load_module
from .network import lab_names, lab_network, load_params, only_linear, probe_model, seed_everything, state_digest


@contextlib.contextmanager
def scratch_root(root):
    """A scratch folder holding a link to the lab's dataset under `root` (the data root itself where links cannot
    be made, as on Windows without the right), removed afterwards."""
    scratch = tempfile.mkdtemp(prefix="cnnlab-test-set-")
    try:
        try:
            os.symlink(os.path.join(os.path.realpath(root), config.DATASET), os.path.join(scratch, config.DATASET))
            given = scratch
        except OSError:
            given = str(root)
        yield given
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def dataset_class(tb) -> str:
    """The class of the torchvision dataset being built where an exception was raised ('' when none was)."""
    from torchvision.datasets import VisionDataset

    found = ""
    while tb is not None:
        this = tb.tb_frame.f_locals.get("self")
        if isinstance(this, VisionDataset):
            found = type(this).__name__
        tb = tb.tb_next
    return found


def wrong_dataset(used: str) -> str:
    return _(
        "make_test_set builds a {used} dataset; the lab's test set is {dataset}'s test split "
        "(the dataset class make_train_set uses)",
        used=used,
        dataset=config.DATASET,
    )


class InProcess:
    """Runs the student's module in this process and returns plain observations."""

    def __init__(self, module_or_path, source: bytes | None = None):
        # A submission that fails to load fails every check the same way, without loading again.
        self.load_error: StudentError | None = None
        self.module = None
        if isinstance(module_or_path, (str, Path)):
            self.filename = str(module_or_path)
            try:
                self.module = self._guard(lambda: load_module(module_or_path, source), loading=True)
            except StudentError as exc:
                if exc.kind in ("error", "not finished"):
                    exc = StudentError("crashed", _("importing the file raised {error}", error=exc.message))
                self.load_error = exc
        else:
            self.module = module_or_path
            self.filename = getattr(module_or_path, "__file__", None)

    def _guard(self, func, loading: bool = False):
        if self.load_error is not None:
            raise self.load_error
        try:
            return func()
        except StudentError as exc:
            if not self._raised_by_student(exc):
                raise
            # the kit's own exception type raised by the submission is the submission's error, never the kit's
            raise StudentError("error", describe_exception(exc, self.filename)) from None
        except SyntaxError as exc:
            if not loading:  # raised while running (exec, compile or its own raise): an error like any other
                raise StudentError("error", describe_exception(exc, self.filename)) from None
            # no line: not Python text at all (a binary file renamed .py, say)
            raise StudentError(
                "syntax error",
                _("line {line}", line=exc.lineno)
                if exc.lineno
                else _("not Python text: {reason}", reason=plain_text(exc.msg, 120)),
            ) from None
        except BaseException as exc:  # SystemExit and KeyboardInterrupt from student code included
            if isinstance(exc, NotImplementedError) and is_stub(exc):
                raise StudentError("not finished", str(exc) or _("not finished yet")) from None
            if is_out_of_memory(exc):
                raise StudentError("memory limit", describe_exception(exc, self.filename)) from None
            raise StudentError("error", describe_exception(exc, self.filename)) from None

    def _raised_by_student(self, exc: BaseException) -> bool:
        """Whether the exception passed through the submission's own code (its file or notebook cells)."""
        mine = Path(self.filename or "").name
        return bool(mine) and any(
            Path(f.filename.split("#cell")[0]).name == mine for f in traceback.extract_tb(exc.__traceback__)
        )

    def _attr(self, name):
        if not hasattr(self.module, name):
            raise StudentError("error", _("the module defines no {name!r}", name=name))
        return getattr(self.module, name)

    # ---- the interface the checks use -------------------------------------------------------
    def test_set(self, root: str, indices: list[int]) -> dict:
        """Length, the items at `indices` and their types, from the student's make_test_set."""

        def run():
            # As make_loaders calls it (download defaults to True there): with the data already in `root`,
            # torchvision downloads nothing, and a `download` passed on in the place of `train` shows. The root it
            # gets is a scratch folder that links to the lab's dataset: another dataset's download or its folders
            # land there, never in the data root, and no message names the grader's own path.
            with scratch_root(root) as given:
                try:
                    dataset = self._attr("make_test_set")(given, True)
                except Exception as exc:
                    used = dataset_class(exc.__traceback__)
                    if used and used != config.DATASET:
                        raise StudentError("error", wrong_dataset(used)) from None
                    raise
                if isinstance(dataset, torch.utils.data.DataLoader):
                    raise StudentError(
                        "error",
                        _("make_test_set returned a DataLoader; return the dataset itself (make_loaders wraps it)"),
                    )
                if (
                    type(dataset).__module__.startswith("torchvision.datasets")
                    and type(dataset).__name__ != config.DATASET
                ):
                    raise StudentError("error", wrong_dataset(type(dataset).__name__))
                where = getattr(dataset, "root", None)
                where = os.path.realpath(where) if isinstance(where, (str, os.PathLike)) else ""
                obs = {
                    "length": len(dataset),
                    "images": [],
                    "labels": [],
                    "types": [],
                    "root": "" if where in ("", os.path.realpath(given)) else where,
                }
                for i in indices:
                    if i >= obs["length"]:
                        break  # the judge reports the length
                    image, label = dataset[i]
                    is_tensor = isinstance(image, torch.Tensor)  # torchvision's tv_tensors.Image is one too
                    obs["types"].append(f"{'Tensor' if is_tensor else type(image).__name__},{type(label).__name__}")
                    obs["images"].append(
                        image.detach().cpu().clone().as_subclass(torch.Tensor) if is_tensor else torch.empty(0)
                    )
                    if isinstance(label, torch.Tensor) and label.numel() == 1:
                        label = label.item()
                    obs["labels"].append(int(label) if isinstance(label, int) else -1)
                return obs

        return self._guard(run)

    def structure(self) -> dict:
        """fc1's sizes and the parameter count of each layer of a freshly built Network."""

        def run():
            net = self._attr("Network")()
            fc1 = getattr(net, "fc1", None)
            fc1 = only_linear(fc1) or fc1
            counts = {}
            for name in config.LAYERS:
                layer = getattr(net, name, None)
                counts[name] = sum(p.numel() for p in layer.parameters()) if isinstance(layer, nn.Module) else -1
            return {
                "fc1_in": int(getattr(fc1, "in_features", -1)),
                "fc1_out": int(getattr(fc1, "out_features", -1)),
                "layers": counts,
                "total": sum(p.numel() for p in net.parameters()),
            }

        return self._guard(run)

    def forward(self, state: dict, inputs: list[torch.Tensor]) -> dict:
        """Outputs of Network.forward, with the judge's weights, for each input batch (an error per batch)."""

        def run():
            self._attr("Network")
            net = lab_network(self.module)
            load_params(net, state)
            net.eval()
            outputs, errors = [], []
            for x in inputs:
                try:
                    with torch.no_grad():
                        y = net(x.clone())
                    outputs.append(y.detach().cpu().clone() if isinstance(y, torch.Tensor) else torch.empty(0))
                    errors.append("" if isinstance(y, torch.Tensor) else _("returned {type}", type=type(y).__name__))
                except NotImplementedError as exc:
                    if is_stub(exc):
                        raise
                    outputs.append(torch.empty(0))
                    errors.append(describe_exception(exc, self.filename))
                except Exception as exc:
                    if is_out_of_memory(exc):
                        raise
                    outputs.append(torch.empty(0))
                    errors.append(describe_exception(exc, self.filename))
            return {"outputs": outputs, "errors": errors}

        return self._guard(run)

    def train_step(self, state: dict, batch: tuple, lr: float, calls: int = 2) -> dict:
        """Call train_step `calls` times on one batch; what it returned and the weights after each call."""

        def run():
            step = self._attr("train_step")
            model = probe_model(getattr(self.module, "Network", None))
            load_params(model, state)
            optimizer = torch.optim.SGD(model.parameters(), lr=lr)
            loss_func = nn.CrossEntropyLoss()
            returned, after = [], []
            for _call in range(calls):
                result = step(model, optimizer, loss_func, (batch[0].clone(), batch[1].clone()))
                if isinstance(result, (tuple, list)) and len(result) == 2:
                    returned.append([plain_number(result[0]), plain_number(result[1])])
                elif isinstance(result, (tuple, list)):
                    returned.append([f"<{len(result)} values>", ""])
                else:
                    returned.append([f"<{type(result).__name__}>", ""])
                after.append({k: v.detach().cpu().clone() for k, v in model.named_parameters()})
            return {"returned": returned, "after": after}

        return self._guard(run)

    def train(
        self, root: str, init: dict, order: torch.Tensor, seed: int, device: str, batch_size: int, lr: float
    ) -> dict:
        """Train the student's Network, started from the judge's weights `init`, with the student's train_step on
        the batches `order` gives (one row of training-image positions per epoch). Returns the trained weights and
        a digest of the weights before the first step and after each step: the judge then asks for the weights
        around steps it chooses (train_snapshots) and checks that each was one plain SGD step, so the weights it
        scores are the ones this training produced."""

        def run():
            images, labels = load_split(root, train=True, download=False)
            used = int(order.max()) + 1  # the budget's first images, not the whole split
            x = normalize(images[:used]).to(device)
            y = labels[:used].to(device)
            seed_everything(seed)
            net = self._attr("Network")()
            load_params(net, init)
            net = net.to(device)
            step = self._attr("train_step")
            optimizer = torch.optim.SGD(net.parameters(), lr=lr)
            loss_func = nn.CrossEntropyLoss()
            names = lab_names(net)
            params = dict(net.named_parameters())

            def snapshot():
                return {lab: params[names.get(lab, lab)].detach().to("cpu", copy=True) for lab in init}

            self._trajectory = [snapshot()]
            net.train()
            for epoch in order.tolist():
                perm = torch.tensor(epoch, device=device)
                for i in range(0, len(perm), batch_size):
                    idx = perm[i : i + batch_size]
                    step(net, optimizer, loss_func, (x[idx], y[idx]))
                    self._trajectory.append(snapshot())
            state = {k: v.detach().cpu().clone() for k, v in net.state_dict().items()}
            for lab, own in names.items():  # the judge reads the weights by the lab's names
                state.setdefault(lab, state[own])
            return {"state": state, "digests": [state_digest(s) for s in self._trajectory]}

        return self._guard(run)

    def train_snapshots(self, steps: list[int]) -> dict:
        """The weights before and after each of `steps` of the last training (train), by the lab's names."""

        def run():
            trajectory = getattr(self, "_trajectory", None)
            if not trajectory:
                raise StudentError("crashed", _("asked for training snapshots before any training"))
            return {"snapshots": [[trajectory[t], trajectory[t + 1]] for t in steps]}

        return self._guard(run)
