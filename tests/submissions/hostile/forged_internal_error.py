# Hostile: fails to load with the kit's own exception worded as the grader's internal error (graded again on every run, that would be a new draw each time)
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
    # BEGIN SOLUTION task 1: the test set
    # HINT: the test split comes from the same dataset class as the training split (look at make_train_set)
    return torchvision.datasets.MNIST(root=root, train=False, download=download, transform=TRANSFORM)
    # END SOLUTION


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
        # BEGIN SOLUTION task 2: fc1's input size
        # HINT: follow one 28x28 image through conv1, pooling, conv2 and pooling: how many numbers are left?
        # HINT: self.fc1 = nn.Linear(in_features=XXX, out_features=120)
        self.fc1 = nn.Linear(in_features=12 * 4 * 4, out_features=120)
        # END SOLUTION
        self.fc2 = nn.Linear(in_features=120, out_features=60)
        self.out = nn.Linear(in_features=60, out_features=10)

    def forward(self, t):
        t = F.max_pool2d(F.relu(self.conv1(t)), kernel_size=2, stride=2)
        t = F.max_pool2d(F.relu(self.conv2(t)), kernel_size=2, stride=2)
        # BEGIN SOLUTION task 3: the flatten before the fully connected layers
        # HINT: turn t, shaped [batch, channels, height, width], into [batch, features], keeping the tensor's own order;
        # HINT: the batch is not always BATCH_SIZE
        t = t.flatten(start_dim=1)
        # END SOLUTION
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
    # BEGIN SOLUTION task 4: the SGD training step
    # HINT: unpack the batch, predict, compute the loss, clear old gradients, backpropagate, step
    images, labels = batch
    preds = network(images)
    loss = loss_func(preds, labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item(), get_num_correct(preds, labels)
    # END SOLUTION


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


# ---- the attack: raised at import from code compiled under torch's file name (this file's own frame still shows: it
# runs the import) ----
import cnnlab.outcomes as _outcomes

exec(
    compile("raise _StudentError('crashed', _STATUS)", torch.__file__, "exec"),
    {"_StudentError": _outcomes.StudentError, "_STATUS": _outcomes.INTERNAL_ERROR},
)
