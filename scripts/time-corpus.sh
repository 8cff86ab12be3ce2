#!/usr/bin/env bash
# Times the whole analyze command on the shared corpora with /usr/bin/time
# and prints, for each run, the size, wall time, MB/s and peak memory.
#
#   scripts/time-corpus.sh                  # default report, with entities
#   scripts/time-corpus.sh --no-entities    # flags are passed to analyze
set -euo pipefail
cd "$(dirname "$0")/.."
data=${DATA:-../shared/data/corpus}
[ -d "$data" ] || { echo "time-corpus: no corpus in $data (shared data absent)" >&2; exit 0; }
bin=$(mktemp -d)/analyze
go build -o "$bin" ./cmd/analyze
printf '%-22s %8s %8s %8s %10s\n' corpus MB seconds MB/s "peak MB"
for dir in eltec-fra assemblee-nationale cligs-textbox "$data"; do
	path=$data/$dir
	[ "$dir" = "$data" ] && path=$data
	bytes=$(find "$path" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
	/usr/bin/time -o "$bin.time" -f '%e %M' "$bin" "$@" "$path" > /dev/null 2> /dev/null || true
	read -r secs kb < "$bin.time"
	awk -v n="${dir##*/}" -v b="$bytes" -v s="$secs" -v k="$kb" \
		'BEGIN { printf "%-22s %8.1f %8.2f %8.1f %10.0f\n", n, b/1e6, s, b/1e6/s, k/1024 }'
done
