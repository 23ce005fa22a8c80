#!/usr/bin/env bash
# Whole-process timing of StreekCore's flows fast path: load the synthetic national
# origin→destination table (≈1.5 million rows) and compute instroom/uitstroom/saldo and the
# top 15 partners per municipality and year. Target: about 0.3 s per run, release build.
#
# Usage: Benchmarks/run-flows.sh            (from anywhere)
#   BENCH_SCRATCH=/tmp/bench-build  build folder (default: Benchmarks/.build, gitignored)
#   RUNS=20                         number of timed runs
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
data="$root/Data/synthetic/flows_national.csv"
scratch="${BENCH_SCRATCH:-$here/.build}"
runs="${RUNS:-20}"

if [ ! -f "$data" ]; then
    echo "Generating $data (synthetic, not committed)…"
    python3 "$here/generate_synthetic_flows.py" "$data"
fi

swift build -c release --package-path "$here" --scratch-path "$scratch" --product flows-bench
bin="$scratch/release/flows-bench"

echo "Checksums:"
"$bin" "$data"
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 3 --runs "$runs" "$bin $data"
else
    for _ in $(seq 1 5); do /usr/bin/time -f "%e s elapsed, %U s user, %S s system, %M KB max RSS" "$bin" "$data" >/dev/null; done
fi
