#!/usr/bin/env bash
# Deterministic cost of one benchmarked stage, for comparing builds on a noisy machine.
#
#   scripts/stage-cost.sh BINARY CORPUS foundation|quotes|full|matcher
#
# Runs `BINARY bench CORPUS … --runs 1` under callgrind (Debian's `valgrind`), counting only the timed
# part (Bench.pipeline or Bench.matcher), with a simulated 32 KB L1 and a 512 KB L2 and branch
# prediction, and prints instructions, L1 and L2 misses, mispredicted branches and the sum
# instructions + 10 × L1 misses + 50 × L2 misses + 15 × mispredictions. Stages include ingest, as in
# `mizan bench`. The binary is copied without DWARF first (valgrind 3.19 cannot read Swift 6's).
set -euo pipefail
binary=$1 corpus=$2 stage=$3
command -v valgrind >/dev/null || { echo "stage-cost: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip --strip-debug -o "$work/mizan" "$binary"
if [ "$stage" = matcher ]; then
    args=(--measure matcher); toggle='$s5Mizan5BenchV7matcher*'
else
    args=(--measure pipeline --depth "$stage"); toggle='$s5Mizan5BenchV8pipeline*'
fi
valgrind --tool=callgrind --cache-sim=yes --branch-sim=yes --LL=524288,8,64 --toggle-collect="$toggle" \
    --callgrind-out-file="$work/out" "$work/mizan" bench "$corpus" "${args[@]}" --runs 1 >/dev/null 2>&1
awk -v stage="$stage" -v corpus="$(basename "$corpus")" '
    /^events:/ { for (i = 2; i <= NF; i++) name[i - 1] = $i }
    /^(summary|totals):/ { for (i = 2; i <= NF; i++) v[name[i - 1]] = $i }
    END {
        d1 = v["D1mr"] + v["D1mw"]; l2 = v["DLmr"] + v["DLmw"]; bm = v["Bcm"] + v["Bim"]
        printf "%s\t%s\tinstructions %.1fM\tL1 misses %.2fM\tL2 misses %.2fM\tmispredictions %.2fM\tcost %.1fM\n",
            corpus, stage, v["Ir"] / 1e6, d1 / 1e6, l2 / 1e6, bm / 1e6, (v["Ir"] + 10 * d1 + 50 * l2 + 15 * bm) / 1e6
    }' "$work/out"
