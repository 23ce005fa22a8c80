#!/usr/bin/env bash
# Whole-process timing of `streek render` on a fixed notebook of 40 directives over the quick-scan
# data (Benchmarks/Render/veertig.md), writing Markdown and HTML. Release build.
# Target (issue 2): a few tens of milliseconds per run.
#
# Usage: Benchmarks/run-render.sh
#   BENCH_SCRATCH=/tmp/render-build  build folder (default: .build-release in the project, gitignored)
#   RUNS=30                          number of timed runs
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${BENCH_SCRATCH:-$root/.build-release}"
runs="${RUNS:-30}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

swift build -c release --package-path "$root" --scratch-path "$scratch" --product streek
bin="$scratch/release/streek"
# --force: every run renders (the timed runs would otherwise find the render current and skip it).
command=("$bin" render "$root/Benchmarks/Render/veertig.md" --project "$root" --out "$out" --force)

"${command[@]}"
echo "Directives: $(grep -c '^```streek' "$root/Benchmarks/Render/veertig.md") (one of them the setup block)"
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 3 --runs "$runs" "${command[*]}"
else
    for _ in 1 2 3; do /usr/bin/time -f "%e s, %M KiB" "${command[@]}" >/dev/null; done
fi
