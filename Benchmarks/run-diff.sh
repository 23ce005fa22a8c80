#!/usr/bin/env bash
# Whole-process timing of `streek diff` on two renders of a synthetic notebook at three sizes, to show that
# the sidecar diff grows about linearly with the document. The data are generated here and labelled
# synthetic (made-up municipalities G1…Gn, made-up values): one table of N rows, N/10 live figures, and in
# the new version 1% of the values changed.
#
# Usage: Benchmarks/run-diff.sh
#   BENCH_SCRATCH=/tmp/diff-build  build folder (default: .build-release in the project, gitignored)
#   SIZES="5000 20000 80000"        table rows per size
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${BENCH_SCRATCH:-$root/.build-release}"
sizes="${SIZES:-5000 20000 80000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --package-path "$root" --scratch-path "$scratch" --product streek
bin="$scratch/release/streek"
arguments=()
for n in $sizes; do
    project="$work/p$n"
    mkdir -p "$project/Notebooks" "$project/Data"
    python3 - "$project" "$n" <<'PY'
import sys
project, n = sys.argv[1], int(sys.argv[2])
figures = " ".join(f"G{i} heeft `= t.c[G{i}]`." for i in range(1, n + 1, 10))
with open(f"{project}/Notebooks/synthetisch.md", "w") as f:
    f.write(f"# Synthetisch\n\n{figures}\n\n```streek table\nt = load \"synthetisch.csv\" | derive c = a + b\n```\n")
for version in ("oud", "nieuw"):
    with open(f"{project}/{version}.csv", "w") as f:
        f.write("# source: synthetic benchmark data made by Benchmarks/run-diff.sh (not real figures)\n")
        f.write("gemeente,a,b\n")
        for i in range(1, n + 1):
            a = (i * 37) % 1000 + (1 if version == "nieuw" and i % 100 == 0 else 0)
            f.write(f"G{i},{a},{(i * 11) % 500}\n")
PY
    for version in oud nieuw; do
        cp "$project/$version.csv" "$project/Data/synthetisch.csv"
        "$bin" render "$project/Notebooks/synthetisch.md" --project "$project" --out "$project/$version" >/dev/null
    done
    echo "rows $n: sidecar $(wc -c < "$project/nieuw/synthetisch.json") bytes; $("$bin" diff "$project/oud/synthetisch.md" "$project/nieuw/synthetisch.md" --color never | sed -n 4p || true)"
    arguments+=(-n "rows-$n" "$bin diff $project/oud/synthetisch.md $project/nieuw/synthetisch.md --color never")
done
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# streek diff exits 1 when the renders differ, which they do.
hyperfine --warmup 2 --runs "${RUNS:-10}" -i "${arguments[@]}"
