#!/usr/bin/env bash
# Times the whole analyze command on the shared corpus with one worker and
# with two, in turn, and prints each pair and the speed-up. The machine's
# speed drifts; runs taken in turn see the same drift.
#
#   scripts/time-workers.sh                  # 5 pairs, without entities
#   PAIRS=3 scripts/time-workers.sh          # flags are passed to analyze
set -euo pipefail
cd "$(dirname "$0")/.."
data=${DATA:-../shared/data/corpus}
[ -d "$data" ] || { echo "time-workers: no corpus in $data (shared data absent)" >&2; exit 0; }
[ $# -gt 0 ] || set -- --no-entities
bin=$(mktemp -d)/analyze
go build -o "$bin" ./cmd/analyze
run() { /usr/bin/time -o "$bin.time" -f '%e' "$bin" "$@" "$data" > /dev/null 2> /dev/null || true; cat "$bin.time"; }
printf '%8s %8s %8s\n' "-j 1 s" "-j 2 s" speed-up
for _ in $(seq "${PAIRS:-5}"); do
	one=$(run -j 1 "$@")
	two=$(run -j 2 "$@")
	awk -v a="$one" -v b="$two" 'BEGIN { printf "%8.2f %8.2f %8.2f\n", a, b, a/b }'
done
