#!/usr/bin/env bash
# The user's path at national scale, side by side with polars: `streek render` of
# Benchmarks/Render/nationaal.md (load the synthetic national origin→destination table, in/out/saldo per
# municipality and year, the top 15 partners per municipality and year, tables and live figures, Markdown
# and HTML) against the same query in polars (Benchmarks/peers/nationaal.py), in one hyperfine run.
# Prints both means and minimums, the ratio, each command's CPU time (user + system, from hyperfine),
# each command's max RSS (/usr/bin/time -v), and the load average before and after (other work on the
# machine inflates wall times; compare CPU times when the load is not near 0).
#
# Usage: Benchmarks/run-nationaal.sh
#   SCALE=10                         the 10× table (15 million rows; generated on first use)
#   RUNS=10                          timed runs per command
#   BENCH_SCRATCH=/tmp/render-build  build folder (default: .build-release in the project, gitignored)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
scale="${SCALE:-1}"
runs="${RUNS:-10}"
scratch="${BENCH_SCRATCH:-$root/.build-release}"
venv="$here/.venv"
if [ "$scale" = 1 ]; then name="flows_national.csv"; else name="flows_national_x$scale.csv"; fi
data="$root/Data/synthetic/$name"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if [ ! -f "$data" ]; then
    echo "Generating $data (synthetic, not committed)…"
    python3 "$here/generate_synthetic_flows.py" --scale "$scale" "$data"
fi
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import polars" 2>/dev/null; then
    echo "Installing polars into $venv…"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet polars
fi
swift build -c release --package-path "$root" --scratch-path "$scratch" --product streek

# --force: every timed run renders (the render cache would otherwise skip the repeats).
streek=("$scratch/release/streek" render "$here/Render/nationaal.md" --project "$root" --out "$out"
        --param "bestand=synthetic/$name" --force)
polars=("$venv/bin/python" "$here/peers/nationaal.py" "$data")
"${streek[@]}"
grep -E "rijen|combinaties" "$out/nationaal.md" | head -3
"${polars[@]}" | grep -E "^(rows|balances|top)"
echo "polars $("$venv/bin/python" -c 'import polars; print(polars.__version__)'), $(wc -l < "$data") lines, $(du -h "$data" | cut -f1)"

for label in streek polars; do
    if [ "$label" = streek ]; then command=("${streek[@]}"); else command=("${polars[@]}"); fi
    rss=$( { /usr/bin/time -v "${command[@]}" >/dev/null; } 2>&1 | awk -F': ' '/Maximum resident/ {print $2}')
    echo "$label: max RSS $((rss / 1024)) MB"
done
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 2 --runs "$runs" --export-json "$out/times.json" -n streek "${streek[*]}" -n polars "${polars[*]}"
python3 - "$out/times.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
s, p = results["streek"], results["polars"]
print(f"streek {s['mean']*1000:.0f} ms (min {s['min']*1000:.0f}), polars {p['mean']*1000:.0f} ms (min {p['min']*1000:.0f}): "
      f"streek is {p['mean']/s['mean']:.1f}x faster (by minimum {p['min']/s['min']:.1f}x)")
cpu = {name: (r["user"] + r["system"]) for name, r in results.items()}
print(f"CPU (user + system): streek {s['user']*1000:.0f} + {s['system']*1000:.0f} = {cpu['streek']*1000:.0f} ms, "
      f"polars {p['user']*1000:.0f} + {p['system']*1000:.0f} = {cpu['polars']*1000:.0f} ms: {cpu['polars']/cpu['streek']:.1f}x")
PY
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
