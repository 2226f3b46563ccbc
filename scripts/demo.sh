#!/usr/bin/env bash
# Set-up and first run: installs what mizan needs, builds it, and analyzes the bundled Arabic example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product mizan
.build/release/mizan analyze docs/examples/article-ar.txt --format text
