#!/usr/bin/env bash
# Whole-process timing of `streek render` over every notebook of the project when nothing changed
# (each render found current by its cache key: notebook bytes, data files read, parameters, version),
# side by side with `--force`, which renders them all. Release build, hyperfine.
# Target (issue 15): unchanged ≤ 15 ms for all notebooks.
#
# Usage: Benchmarks/run-unchanged.sh
#   BENCH_SCRATCH=/tmp/render-build  build folder (default: .build-release in the project, gitignored)
#   RUNS=40                          number of timed runs
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${BENCH_SCRATCH:-$root/.build-release}"
runs="${RUNS:-40}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

swift build -c release --package-path "$root" --scratch-path "$scratch" --product streek
bin="$scratch/release/streek"

"$bin" render --project "$root" --out "$out"
echo "Notebooks: $(ls "$root"/Notebooks/*.md | wc -l); data files read: $(cat "$out"/.streek-cache/*.json | grep -c '"path" : "Data/')"
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

hyperfine --warmup 5 --runs "$runs" -N \
    --command-name "render (unchanged)" "$bin render --project $root --out $out" \
    --command-name "render --force" "$bin render --project $root --out $out --force" \
    --command-name "streek --version (process start)" "$bin --version"
