#!/usr/bin/env bash
# Whole-process timing of `streek render` on two fixed notebooks over the quick-scan data, side by side:
#   Benchmarks/Render/veertig.md    40 directives (tables, text), writing Markdown and HTML
#   Benchmarks/Render/grafieken.md  40 charts of every form, writing Markdown, HTML and 40 SVG files
# Release build. Targets: a few tens of milliseconds (issue 2); at most 50 ms for the charts (issue 8).
#   Benchmarks/Render/kaart.md      a national map of 342 municipalities, next to kaart_zonder.md (the same
#                                   notebook without the map): the difference is what the map costs
#                                   (boundaries read once, projection, SVG inline and as a file); issue 9: <= 30 ms
#
# Usage: Benchmarks/run-render.sh
#   BENCH_SCRATCH=/tmp/render-build  build folder (default: .build-release in the project, gitignored)
#   RUNS=30                          number of timed runs
#   BASELINE=9bf27b3                 also build that commit (git archive into a temporary folder, its own
#                                    release scratch folder) and time its veertig.md render in the same run
#   BASELINE_BIN=/path/to/streek     with BASELINE: time this prebuilt release build of that commit instead of
#                                    building it (a build from a fresh source folder starts from scratch)
#   STATIC=1                         build with --static-swift-stdlib, as the README's install does
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${BENCH_SCRATCH:-$root/.build-release}"
runs="${RUNS:-30}"
out="$(mktemp -d)"
trap 'rm -rf "$out" ${base_source:+"$base_source"}' EXIT

static=()
if [ -n "${STATIC:-}" ]; then static=(--static-swift-stdlib); scratch="$scratch-static"; fi
swift build -c release "${static[@]}" --package-path "$root" --scratch-path "$scratch" --product streek
bin="$scratch/release/streek"

baseline=()
if [ -n "${BASELINE:-}" ]; then
    if [ -n "${BASELINE_BIN:-}" ]; then
        base_bin="$BASELINE_BIN"
    else
        base_source="$(mktemp -d)"
        base_scratch="${TMPDIR:-/tmp}/streek-baseline-$BASELINE${STATIC:+-static}"
        git -C "$root" archive "$BASELINE" | tar -x -C "$base_source"
        swift build -c release "${static[@]}" --package-path "$base_source" --scratch-path "$base_scratch" --product streek
        base_bin="$base_scratch/release/streek"
    fi
    # Older builds have no render cache (and no --force): every run renders anyway.
    base_force=""
    if "$base_bin" render --help | grep -q -- --force; then base_force="--force"; fi
    baseline=(-n "veertig ($BASELINE)" "$base_bin render $root/Benchmarks/Render/veertig.md --project $root --out $out/baseline $base_force")
fi
# --force: every run renders (the timed runs would otherwise find the render current and skip it).
command=("$bin" render "$root/Benchmarks/Render/veertig.md" --project "$root" --out "$out" --force)
charts=("$bin" render "$root/Benchmarks/Render/grafieken.md" --project "$root" --out "$out" --force)

"${command[@]}"
"${charts[@]}"
without_map=("$bin" render "$root/Benchmarks/Render/kaart_zonder.md" --project "$root" --out "$out" --force)
with_map=("$bin" render "$root/Benchmarks/Render/kaart.md" --project "$root" --out "$out" --force)
"${with_map[@]}"
echo "Map SVG: $(wc -c < "$out/kaart/kaart-dichtheid.svg") bytes"
echo "Directives: $(grep -c '^```streek' "$root/Benchmarks/Render/veertig.md") (one of them the setup block)"
echo "Charts: $(grep -c '^```streek chart' "$root/Benchmarks/Render/grafieken.md"), SVG files written: $(ls "$out/grafieken" | wc -l)"
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 3 --runs "$runs" "${baseline[@]}" -n veertig "${command[*]}" -n grafieken "${charts[*]}" \
        -n kaart_zonder "${without_map[*]}" -n kaart "${with_map[*]}"
else
    for _ in 1 2 3; do /usr/bin/time -f "%e s, %M KiB" "${command[@]}" >/dev/null; /usr/bin/time -f "%e s, %M KiB" "${charts[@]}" >/dev/null; done
    for _ in 1 2 3; do /usr/bin/time -f "without map %e s" "${without_map[@]}" >/dev/null; /usr/bin/time -f "with map %e s" "${with_map[@]}" >/dev/null; done
fi
