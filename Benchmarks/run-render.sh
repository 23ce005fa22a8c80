#!/usr/bin/env bash
# Whole-process timing of `streek render` on a fixed notebook of 40 directives over the quick-scan
# data (Benchmarks/Render/veertig.md), writing Markdown and HTML. Release build.
# Target (issue 2): a few tens of milliseconds per run.
# Also a national map of 342 municipalities (Benchmarks/Render/kaart.md) next to the same notebook
# without the map (kaart_zonder.md), in one hyperfine run: the difference is what the map costs
# (boundaries read and parsed once, projection, SVG inline and as a file). Target (issue 9): <= 30 ms.
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
command=("$bin" render "$root/Benchmarks/Render/veertig.md" --project "$root" --out "$out")
without_map="$bin render $root/Benchmarks/Render/kaart_zonder.md --project $root --out $out"
with_map="$bin render $root/Benchmarks/Render/kaart.md --project $root --out $out"

"${command[@]}"
$with_map
echo "Map SVG: $(wc -c < "$out/kaart/kaart-dichtheid.svg") bytes"
echo "Directives: $(grep -c '^```streek' "$root/Benchmarks/Render/veertig.md") (one of them the setup block)"
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 3 --runs "$runs" "${command[*]}" "$without_map" "$with_map"
else
    for _ in 1 2 3; do /usr/bin/time -f "%e s, %M KiB" "${command[@]}" >/dev/null; done
    for _ in 1 2 3; do /usr/bin/time -f "without map %e s" $without_map >/dev/null; /usr/bin/time -f "with map %e s" $with_map >/dev/null; done
fi
