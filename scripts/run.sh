#!/usr/bin/env bash
# Installs the packages, builds Hindsight (Release) and launches it. Arguments go to the app,
# e.g. `bash scripts/run.sh --database /tmp/try.sqlite`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DHINDSIGHT_BUILD_TESTS=OFF
cmake --build build-release --target hindsight hindsight-cli
exec build-release/app/gui/hindsight "$@"
