#!/usr/bin/env bash
# Installs the mizan binary and its language data under a prefix (default /usr/local):
#   PREFIX/bin/mizan and PREFIX/share/mizan/Lexicons (found by the binary wherever it runs from).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
swift build -c release --product mizan
install -d "$prefix/bin" "$prefix/share/mizan"
install -m 755 .build/release/mizan "$prefix/bin/mizan"
rm -rf "$prefix/share/mizan/Lexicons"
cp -R Lexicons "$prefix/share/mizan/Lexicons"
echo "installed $prefix/bin/mizan and $prefix/share/mizan/Lexicons"
