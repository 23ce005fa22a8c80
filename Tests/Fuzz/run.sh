#!/usr/bin/env bash
# Builds the libFuzzer targets and runs them.
#
#   Tests/Fuzz/run.sh                     # every target for 60 s (CI)
#   Tests/Fuzz/run.sh FuzzDiff 600        # one target for 10 minutes
#   RUNS=10000000 Tests/Fuzz/run.sh FuzzNotebook   # one target for 10 million executions (long run)
#
# Corpora grow in Tests/Fuzz/corpus/<target>/ (not committed), seeded from Tests/Fuzz/seeds/<target>/;
# a crash is written to Tests/Fuzz/findings/ and makes this script fail. Turn every finding into a
# regression test (Tests/*/FuzzFindingTests.swift) before fixing it.
set -euo pipefail
cd "$(dirname "$0")"

targets=(FuzzNotebook FuzzCSV FuzzDiff)
if [[ $# -ge 1 ]]; then targets=("$1"); fi
seconds="${2:-60}"

./make-seeds.sh
swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld >&2
bin="$(swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld --show-bin-path)"
mkdir -p findings

for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
    limits=(-max_len=16384 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="findings/$target-")
    if [[ -n "${RUNS:-}" ]]; then limits+=(-runs="$RUNS"); else limits+=(-max_total_time="$seconds"); fi
    echo "== $target" >&2
    "$bin/$target" "${limits[@]}" "corpus/$target" "seeds/$target"
done
