"""A submission graded in a sandbox: the interface's requests (submission.interface.Submission), each sent to
a sandboxed child that answers it with an InProcess of its own (submission.service)."""

from __future__ import annotations

from pathlib import Path

from .. import i18n
from ..lab import config
from ..sandbox.client import Sandbox
from ..submission.interface import well_formed


class Sandboxed(Sandbox):
    """The interface of submission.interface.Submission, served in a sandbox."""

    service = "cnnlab.submission.service"

    @classmethod
    def environment(cls) -> dict[str, str]:
        # the spec and the language the judge grades with: the sandbox's messages and checks agree with the judge's
        return {config.SPEC_ENV: str(Path(config.SPEC_PATH).resolve()), i18n.LANG_ENV: i18n.current()}

    def well_formed(self, op: str, kwargs: dict, answer) -> bool:
        return well_formed(op, kwargs, answer)

    def test_set(self, root, indices):
        return self.call("test_set", root=root, indices=indices)

    def structure(self):
        return self.call("structure")

    def forward(self, state, inputs):
        return self.call("forward", state=state, inputs=inputs)

    def train_step(self, state, batch, lr, calls=2):
        return self.call("train_step", state=state, batch=batch, lr=lr, calls=calls)

    def train(self, root, init, order, seed, device, batch_size, lr):
        return self.call(
            "train", root=root, init=init, order=order, seed=seed, device=device, batch_size=batch_size, lr=lr
        )

    def train_snapshots(self, steps):
        return self.call("train_snapshots", steps=steps)
