#!/usr/bin/env bash
# Builds a 1 GB corpus in a temporary folder by linking the shared corpora
# ten times under distinct names (hard links: nothing is copied, nothing
# is committed), and times the whole analyze command on it with
# /usr/bin/time: seconds, MB/s and peak memory. Flags are passed to
# analyze (for example --no-entities).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${DATA:-../shared/data/corpus}
[ -d "$data" ] || { echo "time-1gb: no corpus in $data (shared data absent)" >&2; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in $(seq 1 10); do
	find "$data" -name '*.txt' | while read -r f; do
		name=$(echo "${f#$data/}" | tr '/' '_')
		ln "$f" "$tmp/copy${i}_$name" 2>/dev/null || cp "$f" "$tmp/copy${i}_$name"
	done
done
bytes=$(find "$tmp" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
go build -o "$tmp/analyze" ./cmd/analyze
/usr/bin/time -o "$tmp/time" -f '%e %M' "$tmp/analyze" --quiet "$@" "$tmp" > /dev/null
read -r secs kb < "$tmp/time"
awk -v b="$bytes" -v s="$secs" -v k="$kb" \
	'BEGIN { printf "%.0f MB in %.1f s: %.1f MB/s, peak %.0f MB\n", b/1e6, s, b/1e6/s, k/1024 }'
