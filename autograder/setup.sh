#!/usr/bin/env bash
# Written by `cnnlab autograder` in place of otter's stock setup.sh (which downloads an installer, builds an
# environment of another package manager and fetches a browser for PDFs): one venv, filled by pip from requirements.txt.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SOURCE=/autograder/source
VENV=/autograder/venv
CPU_INDEX=https://download.pytorch.org/whl/cpu
# The kit needs Python 3.11 or later: Gradescope's Ubuntu 22.04 has 3.10 as python3, and python3.11 among its packages.
PYTHON=python3
if ! python3 -c "import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))" 2>/dev/null; then
    apt-get update -qq
    if python3 -c "import sys; sys.exit(sys.version_info < (3, 11))" 2>/dev/null; then
        apt-get install -y -qq --no-install-recommends python3 python3-venv python3-pip ca-certificates
    else
        apt-get install -y -qq --no-install-recommends python3.11 python3.11-venv ca-certificates
        PYTHON=python3.11
    fi
fi
"$PYTHON" -m venv "$VENV"
pip() { "$VENV/bin/python" -m pip --disable-pip-version-check --no-input "$@"; }
# torch's CPU wheels where PyTorch's index answers: the default index's torch carries CUDA (several GB more)
TORCH=$(grep -E '^(torch|torchvision)==' "$SOURCE/requirements.txt")
# (asked with no pip configuration: an extra index configured there would answer in its place)
if env -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL PIP_CONFIG_FILE=/dev/null \
        "$VENV/bin/python" -m pip index versions torch --index-url "$CPU_INDEX" --timeout 20 --retries 1 \
        >/dev/null 2>&1; then
    pip install --no-cache-dir --index-url "$CPU_INDEX" $TORCH
else
    echo "cnnlab setup.sh: PyTorch's CPU index ($CPU_INDEX) is not reachable;" \
        "torch comes from the default index (with CUDA: a larger image)"
fi
pip install --no-cache-dir -r "$SOURCE/requirements.txt"
# the kit itself: its judge and sandbox grade each hand-in (otter_config.json names its plugin)
pip install --no-cache-dir "$SOURCE/requirements.cnnlab-src.zip"
"$VENV/bin/python" -c "import otter, torch, torchvision, cnnlab; print('cnnlab setup.sh: torch', torch.__version__)"
