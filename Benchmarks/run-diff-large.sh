#!/usr/bin/env bash
# Whole-process timing and peak memory of `streek diff` on two large SYNTHETIC renders (default 10 MB each,
# Benchmarks/generate_large_render.py), and of a render against itself. Release build.
# Target (issue 16): seconds, not minutes, and a few hundred MB at most.
#
# Usage: Benchmarks/run-diff-large.sh [SIZE_MB]
#   BENCH_SCRATCH=/tmp/diff-build  build folder (default: .build-release in the project, gitignored)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${BENCH_SCRATCH:-$root/.build-release}"
size="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --package-path "$root" --scratch-path "$scratch" --product streek
bin="$scratch/release/streek"
python3 "$root/Benchmarks/generate_large_render.py" "$work" "$size"
ls -l "$work"/*.md
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
for pair in "oud.md oud.md" "oud.md nieuw.md"; do
    set -- $pair
    /usr/bin/time -f "diff $1 $2: %e s, peak %M KiB" "$bin" diff "$work/$1" "$work/$2" --color never > "$work/report.txt" || true
    echo "  report: $(wc -l < "$work/report.txt") lines"
done
