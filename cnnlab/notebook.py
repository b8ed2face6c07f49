"""The companion notebook of the student release: it walks through the lab by calling `cnn_lab`'s functions."""

from __future__ import annotations

from string import Template

import nbformat
from nbformat import v4

# The notebook only calls the student's module, so it never holds the solution of a task.
# Each entry is (cell type, source); ids are given by position so the text is the same on every call.
CELLS: tuple[tuple[str, str], ...] = (
    ("markdown", """\
# Build a convolutional neural network with PyTorch

In this lab you teach a small LeNet-style network to read handwritten digits (MNIST).
The code lives in `cnn_lab.py`, next to this notebook; this notebook imports it and runs it step by step.
Whenever you change `cnn_lab.py`, restart the kernel (Kernel → Restart) so the new version is imported.

## 1. Set-up

MNIST is read from the folder `DATA`. On first use torchvision downloads it there (about 12 MB).
If you already have a copy, set the environment variable `CNNLAB_DATA` to that folder before starting Jupyter.
Fixing the random seed makes your run repeatable."""),
    ("code", """\
import os

import torch

import cnn_lab

torch.manual_seed(0)
DATA = os.environ.get("CNNLAB_DATA", "data")"""),
    ("markdown", """\
## 2. The data

`make_loaders` returns two loaders: the training images in shuffled batches, and the test images (task 1).
Each batch is a pair: the images, shaped `[batch, $lab_channels, $lab_size, $lab_size]`, and their labels, shaped `[batch]`."""),
    ("code", """\
train_loader, test_loader = cnn_lab.make_loaders(DATA)
print("training images:", len(train_loader.dataset))
print("test images:    ", len(test_loader.dataset))

images, labels = next(iter(train_loader))
print("one batch of images:", images.shape)
print("its labels:         ", labels.shape)"""),
    ("markdown", """\
## 3. The network

Printing a module lists its layers. Below it, every learnable tensor with its shape: if `fc1`'s input
size (task 2) is wrong, you will see it here, or as an error in the next step."""),
    ("code", """\
network = cnn_lab.Network()
print(network)

for name, param in network.named_parameters():
    print(f"{name:12} {tuple(param.shape)}")
print("total number of parameters:", sum(p.numel() for p in network.parameters()))"""),
    ("markdown", """\
## 4. One batch through the untrained network

The network returns $lab_classes scores per image, one per digit. Softmax turns them into probabilities that add up to 1.
The weights start small and random, so no digit is favoured yet: each probability is about $lab_chance,
and about $lab_chance_pct of the batch is guessed right, as good as chance. (This step needs task 3, the flatten.)"""),
    ("code", """\
scores = network(images)
probabilities = torch.softmax(scores, dim=1)
print("probabilities for the first image:", probabilities[0].detach())
print("true label of the first image:    ", labels[0].item())
print("correct in this batch:", cnn_lab.get_num_correct(scores, labels), "of", len(labels))"""),
    ("markdown", """\
## 5. One training step

`train_step` (task 4) nudges every weight a little in the direction that lowers the loss on one batch.
It returns the loss measured before the step; measuring again on the same batch should give a lower number."""),
    ("code", """\
optimizer = torch.optim.SGD(network.parameters(), lr=$lab_lr)
loss_func = torch.nn.CrossEntropyLoss()

loss_before, correct_before = cnn_lab.train_step(network, optimizer, loss_func, (images, labels))
with torch.no_grad():
    loss_after = loss_func(network(images), labels).item()
print(f"loss before the step: {loss_before:.4f}")
print(f"loss after the step:  {loss_after:.4f}")
print("the loss went down:", loss_after < loss_before)"""),
    ("markdown", """\
## 6. Training

`train` repeats that step over every batch, once per epoch, and prints the loss and accuracy of each epoch.
Ten epochs over the full 60,000 training images reach about 99% and take a few minutes on a laptop CPU.
The environment variable `CNNLAB_EPOCHS` lets a quick test run fewer epochs."""),
    ("code", """\
EPOCHS = int(os.environ.get("CNNLAB_EPOCHS", "10"))
history = cnn_lab.train(network, train_loader, EPOCHS)"""),
    ("markdown", """\
## 7. Test accuracy

The real test: $lab_test_size images the network has never seen. `evaluate` returns the number of correct predictions
and the summed loss over all of them. After ten epochs on the full training set expect about 99%.
(The training accuracy printed per epoch is averaged over the whole epoch, so it trails the test accuracy
after the first epochs: the network improves while the epoch runs.)"""),
    ("code", """\
num_correct, total_loss = cnn_lab.evaluate(network, test_loader)
total = len(test_loader.dataset)
print(f"test accuracy: {num_correct / total:.2%} ({num_correct} of {total})")
print(f"mean test loss: {total_loss / total:.4f}")"""),
    ("markdown", """\
## 8. Check and submit

Before you submit, run the public checks in this folder, in a terminal:

```
pytest test_cnn_lab.py
```

A failing check says what it observed and gives a hint. The graded version also runs hidden checks on other inputs.

Submit only the file `cnn_lab.py` (not this notebook)."""),
)

METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def lab_notebook() -> str:
    """The notebook as nbformat v4 text, without outputs; the same text on every call."""
    from .autograder import config

    lab = {"lab_channels": config.DATA["channels"], "lab_size": config.IMAGE_SIZE, "lab_classes": config.NUM_CLASSES,
           "lab_chance": f"{1 / config.NUM_CLASSES:.2g}", "lab_chance_pct": f"{1 / config.NUM_CLASSES:.0%}",
           "lab_lr": f"{config.ACCURACY['lr']:g}", "lab_test_size": f"{config.TEST_SET_SIZE:,}"}
    makers = {"markdown": v4.new_markdown_cell, "code": v4.new_code_cell}
    # the lab's numbers come from its spec ($lab_... in the cells): code cells hold braces of their own
    cells = [makers[kind](Template(source).safe_substitute(lab), id=f"cell-{n:02d}")
             for n, (kind, source) in enumerate(CELLS, 1)]
    nb = v4.new_notebook(cells=cells, metadata=METADATA)
    return nbformat.writes(nb)
