#!/usr/bin/env bash
# Installs the mizan binary and its language data under a prefix (default /usr/local):
#   PREFIX/bin/mizan, PREFIX/share/mizan/Lexicons and PREFIX/share/mizan/Reports (the report stylesheet and
#   script), found by the binary wherever it runs from.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
swift build -c release --product mizan
install -d "$prefix/bin" "$prefix/share/mizan"
install -m 755 .build/release/mizan "$prefix/bin/mizan"
rm -rf "$prefix/share/mizan/Lexicons"
cp -R Lexicons "$prefix/share/mizan/Lexicons"
rm -rf "$prefix/share/mizan/Reports"
cp -R Reports "$prefix/share/mizan/Reports"
echo "installed $prefix/bin/mizan, $prefix/share/mizan/Lexicons and $prefix/share/mizan/Reports"
