"""q2, task 2: fc1's input size, and the parameter counts of each layer and of the network."""

from __future__ import annotations

from ..i18n import N_, _, pgettext
from ..lab import config
from .framework import Fail, check


def size_rules() -> str:
    """How each convolution and pooling of the lab changes an image's side, in words (q2's hint)."""
    rules = []
    for c in config.CONVS:
        # each phrase whole: the convolution's padding and its change of size are picked, then placed by the sentence
        padding = _("with padding {padding}", padding=c.padding) if c.padding else _("without padding")
        shorter = c.kernel - 1 - 2 * c.padding
        change = (
            _("makes each side {pixels} pixels shorter", pixels=shorter)
            if shorter > 0
            else _("keeps each side's size")
            if shorter == 0
            else _("makes each side {pixels} pixels longer", pixels=-shorter)
        )
        conv = (
            _("a {kernel}x{kernel} convolution {padding} {change}", kernel=c.kernel, padding=padding, change=change)
            if c.stride == 1
            else _(
                "a {kernel}x{kernel} convolution {padding} and stride {stride} turns a side of n into "
                "(n + {both_sides} - {kernel}) // {stride} + 1",
                kernel=c.kernel,
                padding=padding,
                stride=c.stride,
                both_sides=2 * c.padding,
            )
        )
        pool = (
            (
                _("a {pool}x{pool} pooling halves it", pool=c.pool)
                if c.pool == 2
                else _("a {pool}x{pool} pooling divides by {pool} it", pool=c.pool)
            )
            if c.pool == c.pool_stride
            else _(
                "a {pool}x{pool} pooling with stride {stride} turns a side of n into (n - {pool}) // {stride} + 1",
                pool=c.pool,
                stride=c.pool_stride,
            )
        )
        for rule in (conv, pool):
            if rule not in rules:
                rules.append(rule)
    return pgettext("clause separator", ", ").join(rules)


@check(
    "q2_fc1",
    points=2,
    hint=N_("follow one {side}x{side} image through conv1, pooling, conv2 and pooling and count the numbers left"),
    side=config.IMAGE_SIZE,
)
def fc1_size_and_parameter_counts(sub, ctx):
    obs = sub.structure()
    expected_in = config.fc1_in_features()
    if obs["fc1_in"] != expected_in:
        raise Fail(
            _(
                "fc1.in_features is {in_features}, which is not the number of features one image has after the "
                "second pooling",
                in_features=obs["fc1_in"],
            ),
            hint=_("{size_rules}; multiply by the number of channels", size_rules=size_rules()),
        )
    for layer, count in config.layer_param_counts().items():
        if obs["layers"][layer] != count:
            raise Fail(
                _(
                    "{layer} has {count:,} parameters, expected {expected:,}",
                    layer=layer,
                    count=obs["layers"][layer],
                    expected=count,
                ),
                hint=_("keep {layer} as the lab defines it", layer=layer),
            )
    total = sum(config.layer_param_counts().values())
    if obs["total"] != total:
        raise Fail(
            _(
                "the network has {count:,} parameters in all, expected {expected:,}: it has extra layers",
                count=obs["total"],
                expected=total,
            ),
            hint=_("the lab's network has exactly conv1, conv2, fc1, fc2 and out"),
        )
