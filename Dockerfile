# The kit's own image: `cnnlab grade` where the sandbox's Linux namespaces are not at hand (macOS and Windows with
# Docker Desktop, or a Linux that refuses them). Build once from the kit's folder, then grade a class folder:
#   docker build -t cnnlab .
#   docker run --rm -v "$PWD:/class" cnnlab submissions --out grades
# Docker's default seccomp profile refuses new namespaces: there the grader (root in the container) runs each
# submission as a uid of its own, without capabilities, under the kit's system-call filter (docs/threat-model.md).
ARG BASE=python:3.11-slim
FROM ${BASE}
# CPU wheels (about 1 GB less than CUDA's); pass --build-arg TORCH_INDEX= to take torch from the default index.
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
COPY pyproject.toml README.md /opt/cnnlab/
COPY cnnlab /opt/cnnlab/cnnlab
RUN python3 -m venv /opt/venv \
 && /opt/venv/bin/pip install ${TORCH_INDEX:+--extra-index-url "$TORCH_INDEX"} /opt/cnnlab \
 && mkdir -p /opt/cnnlab-data && chmod 755 /opt/cnnlab-data
# Python, the kit and MNIST where other users may read them: the submissions' own uids must import and read there.
# Mount a volume on /opt/cnnlab-data to keep MNIST between runs (torchvision downloads it on first use).
ENV PATH=/opt/venv/bin:$PATH CNNLAB_DATA=/opt/cnnlab-data
WORKDIR /class
ENTRYPOINT ["cnnlab", "grade"]
CMD ["--help"]
