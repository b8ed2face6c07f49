"""The reference lab itself: data, network shape, and training to the accuracy the lab promises."""

import pytest
import torch
from kit import REFERENCE

from cnnlab.lab import config
from cnnlab.submission.loading import load_module


@pytest.fixture(scope="module")
def lab():
    return load_module(REFERENCE)


def test_parameter_counts_match_the_derived_architecture(lab):
    net = lab.Network()
    counts = {name: sum(p.numel() for p in getattr(net, name).parameters()) for name in config.LAYERS}
    assert counts == config.layer_param_counts()
    assert sum(p.numel() for p in net.parameters()) == 32_998  # the figure the lab text quotes
    assert net.fc1.in_features == config.fc1_in_features() == 12 * 4 * 4


def test_loaders_batch_and_normalize(lab, data_root):
    train_loader, test_loader = lab.make_loaders(data_root, download=False)
    images, labels = next(iter(test_loader))
    assert images.shape == (lab.BATCH_SIZE, 1, 28, 28) and labels.shape == (lab.BATCH_SIZE,)
    assert len(test_loader.dataset) == 10_000
    assert -0.1 < images.mean().item() < 0.1 and 0.9 < images.std().item() < 1.1


@pytest.mark.slow
def test_reference_trains_to_at_least_96_percent_on_10000_images(lab, data_root):
    """The lab's own loaders, train and evaluate, end to end, on the CI root's 10,000 training images."""
    torch.manual_seed(0)
    train_loader, test_loader = lab.make_loaders(data_root, download=False)
    network = lab.Network()
    history = lab.train(network, train_loader, epochs=8, verbose=False)
    num_correct, total_loss = lab.evaluate(network, test_loader)
    assert len(history) == 8 and history[-1][0] < history[0][0]
    assert num_correct / len(test_loader.dataset) >= 0.96, f"test accuracy {num_correct / 100:.2f}%"
    assert total_loss / len(test_loader.dataset) < 0.2
