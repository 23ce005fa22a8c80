#!/usr/bin/env bash
# The long run: 10 million executions per target (RUNS to change), one target at a time, with a summary
# of executions, executions per second and findings per target at the end.
set -uo pipefail
cd "$(dirname "$0")"
runs="${RUNS:-10000000}"
mkdir -p logs
for target in FuzzNotebook FuzzCSV FuzzDiff; do
    RUNS="$runs" ./run.sh "$target" > "logs/$target.log" 2>&1
    echo "$target: exit $?; $(grep -E 'stat::(number_of_executed_units|average_exec_per_sec)' "logs/$target.log" | tr -s ' ' | tr '\n' ' ')"
done
echo "findings: $(ls findings 2>/dev/null | wc -l) (in Tests/Fuzz/findings/)"
