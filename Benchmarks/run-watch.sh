#!/usr/bin/env bash
# Save → reload latency of `streek watch` on the quick scan (Benchmarks/watch_latency.py), release build of
# both programs (`streek watch` replaces itself with the `streek-preview` next to `streek`).
# Target (issue 15): ≤ 100 ms from saving the notebook to the reloaded page.
#
# Usage: Benchmarks/run-watch.sh [ROUNDS]
#   BENCH_SCRATCH=/tmp/render-build  build folder (default: .build-release in the project, gitignored)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${BENCH_SCRATCH:-$root/.build-release}"

swift build -c release --package-path "$root" --scratch-path "$scratch" --product streek
swift build -c release --package-path "$root" --scratch-path "$scratch" --product streek-preview
python3 "$root/Benchmarks/watch_latency.py" "$scratch/release/streek" "${1:-30}"
