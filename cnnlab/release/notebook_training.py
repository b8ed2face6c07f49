"""The companion notebook's steps 5-8 (loss, backward, update, training), the test accuracy and the last words."""

from __future__ import annotations

from ..i18n import _
from .cells import code as _code
from .cells import comment as _comment
from .cells import say as _say


def training_cells(lab: dict) -> list[tuple[str, str]]:
    """(cell type, source) of steps 5-8 and after, in the current language."""
    return [
        (
            "markdown",
            _(
                """\
## Step 5: loss

The loss measures, in one number for the whole batch, how far the predictions are from the labels. For
classification it is the cross-entropy: the mean over the batch of −log(the probability given to the true label).
`torch.nn.CrossEntropyLoss` applies the softmax itself, which is why `forward` returns raw scores.
Before training each label gets a probability of about {chance}, so the loss starts near
−log({chance}) = log {classes} ≈ {chance_loss}. Training is about making it smaller.""",
                chance=lab["chance"],
                classes=lab["classes"],
                chance_loss=lab["chance_loss"],
            ),
        ),
        (
            "code",
            _code(
                """\
loss_func = torch.nn.CrossEntropyLoss()
loss = loss_func(scores, labels)
loss_value, log_classes = loss.item(), math.log(n_classes)
print($loss)
print($log)""",
                loss=_say(_("loss of the untrained network: {loss_value:.4f}")),
                log=_say(_("log {n_classes} = {log_classes:.4f}")),
            ),
        ),
        (
            "markdown",
            _("""\
## Step 6: backward

`loss.backward()` is backpropagation: for every weight it computes the gradient, how much the loss changes
when that weight changes, and stores it in the parameter's `.grad`, a tensor of the parameter's own shape."""),
        ),
        (
            "code",
            _code(
                """\
loss.backward()
$each
for name, param in network.named_parameters():
    print(f"{name:12} {tuple(param.grad.shape)}  {param.grad.norm().item():.4f}")""",
                each=_comment(_("each parameter's gradient: its shape and its size (norm)")),
            ),
        ),
        (
            "markdown",
            _("""\
### Why `zero_grad` matters

`backward` does not replace `.grad`: it adds the new gradient to the one already there. Below, the same batch
goes backward a second time without clearing: every gradient is now twice as large, as if the batch had been
seen twice. In training, each step would then also push the weights along the gradients of all the earlier
batches. So a training step clears the gradients before `loss.backward()`: `optimizer.zero_grad()` in
`train_step` (task 4); `network.zero_grad()`, used here, does the same for all of the network's parameters."""),
        ),
        (
            "code",
            _code(
                """\
$first
first_name, first_param = next(iter(network.named_parameters()))
once = first_param.grad.clone()

$again
loss_func(network(images), labels).backward()
ratio = (first_param.grad.norm() / once.norm()).item()
print($ratio)

$clear
network.zero_grad()
cleared = first_param.grad is None or not first_param.grad.any()
print($cleared)""",
                first=_comment(_("the gradient of the first parameter after one backward pass")),
                again=_comment(_("the same batch backward again, without clearing the gradients first")),
                ratio=_say(
                    _(
                        "{first_name}: after two backward passes the gradient is {ratio:.2f} times "
                        "the gradient after one"
                    )
                ),
                clear=_comment(_("zero_grad clears them: the next backward starts from nothing")),
                cleared=_say(_("after zero_grad, {first_name}'s gradient is cleared: {cleared}")),
            ),
        ),
        (
            "markdown",
            _("""\
## Step 7: update

The optimizer changes the weights. Plain SGD (stochastic gradient descent) moves every weight a small step
against its gradient: weight ← weight − learning rate × gradient; the learning rate sets the size of the step.
The next cell takes steps 4 to 7 by hand on the batch, then checks that update on the first parameter.

`train_step` (task 4) does the same on one batch in a single call and returns the loss measured before its
update, with the number of correct predictions. Measuring the loss again on the same batch should give
a lower number."""),
        ),
        (
            "code",
            _code(
                """\
$lr_comment
LR = $lr
optimizer = torch.optim.SGD(network.parameters(), lr=LR)

$by_hand
loss = loss_func(network(images), labels)
optimizer.zero_grad()
loss.backward()
before = first_param.detach().clone()
optimizer.step()
gap = (first_param.detach() - (before - LR * first_param.grad)).abs().max().item()
print($gap)""",
                lr_comment=_comment(_("the learning rate train() uses by default")),
                lr=lab["lr"],
                by_hand=_comment(_("steps 4 to 7 by hand: forward, loss, clear the old gradients, backward, update")),
                gap=_say(_("{first_name} is now weight − LR × gradient (largest difference {gap:.1e})")),
            ),
        ),
        (
            "code",
            _code(
                """\
loss_before, correct_before = cnn_lab.train_step(network, optimizer, loss_func, (images, labels))
with torch.no_grad():
    loss_after = loss_func(network(images), labels).item()
went_down = loss_after < loss_before
print($before)
print($after)
print($down)""",
                before=_say(_("loss before the step: {loss_before:.4f}")),
                after=_say(_("loss after the step:  {loss_after:.4f}")),
                down=_say(_("the loss went down: {went_down}")),
            ),
        ),
        (
            "markdown",
            _("""\
## Step 8: repeat: training

One pass over every batch of the training set is an epoch. `train` repeats steps 3 to 7 (`train_step`) for
every batch, for `EPOCHS` epochs, with a new shuffle each epoch, and prints each epoch's mean loss and accuracy.
The network keeps what it has learned so far, so training goes on from step 7.
On a laptop's CPU an epoch over the full training set takes a while: the environment variable `CNNLAB_EPOCHS`
sets the number of epochs (a quick test runs one)."""),
        ),
        (
            "code",
            _code(
                """\
$epochs
EPOCHS = int(os.environ.get("CNNLAB_EPOCHS", "10"))
history = cnn_lab.train(network, train_loader, EPOCHS)""",
                epochs=_comment(_("passes over the training set; $CNNLAB_EPOCHS sets another number")),
            ),
        ),
        (
            "markdown",
            _(
                """\
## Test accuracy

The real test: the {test_size:,} test images, which the network never saw while training. `evaluate` returns
the number of correct predictions and the summed loss over all of them.
(The training accuracy printed for each epoch is an average over the whole epoch, while the network was still
improving, so after the first epochs it can trail the test accuracy.)""",
                test_size=lab["test_size"],
            ),
        ),
        (
            "code",
            _code(
                """\
num_correct, total_loss = cnn_lab.evaluate(network, test_loader)
total = len(test_loader.dataset)
accuracy, mean_loss = num_correct / total, total_loss / total
print($accuracy)
print($loss)""",
                accuracy=_say(_("test accuracy: {accuracy:.2%} ({num_correct:,} of {total:,})")),
                loss=_say(_("mean test loss: {mean_loss:.4f}")),
            ),
        ),
        (
            "markdown",
            _("""\
## Check and submit

Before you submit, run the public checks in this folder, in a terminal:

```
pytest test_cnn_lab.py
```

A failing check says what it observed and gives a hint. The graded version also runs hidden checks on other inputs.

Submit only the file `cnn_lab.py` (not this notebook)."""),
        ),
    ]
