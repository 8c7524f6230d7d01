#!/usr/bin/env bash
# Whole-pipeline throughput and peak memory of `extractor extract` (every stage on), issue 8's benchmark.
# Replicates the 181 pages of ../shared/data/article-benchmark to N documents on disk and runs a Release
# build with 1 and 2 workers, timing each run with /usr/bin/time (wall clock and peak RSS).
#
#   bench/throughput.sh [PAGES_DIR] [WORK_DIR]      # defaults: ../shared/data/article-benchmark/html, /tmp/extractor-bench
#   SIZES="1000 20000" WORKERS="1 2" bench/throughput.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/data/article-benchmark/html}
work=${2:-/tmp/extractor-bench}
sizes=${SIZES:-"1000 20000"}
workers=${WORKERS:-"1 2"}
if [ ! -d "$pages" ]; then
  echo "throughput.sh: no such folder: $pages (the 181 article-benchmark pages, from ../shared/data/article-benchmark/html)" >&2
  exit 2
fi

dotnet build -c Release src/Extractor.Cli -v q -nologo >/dev/null
cli="dotnet src/Extractor.Cli/bin/Release/net10.0/extractor.dll"

mkdir -p "$work/pages"
if [ -z "$(ls -A "$work/pages")" ]; then
  for f in "$pages"/*; do
    name=$(basename "$f" .gz)
    case "$f" in *.gz) gzip -dc "$f" > "$work/pages/$name" ;; *) cp "$f" "$work/pages/$name" ;; esac
  done
fi
originals=("$work"/pages/*.html)

printf '%-9s %-8s %10s %10s %12s %10s\n' documents workers seconds "docs/s" "peak RSS MB" "ok"
for n in $sizes; do
  corpus="$work/corpus-$n"
  if [ ! -d "$corpus" ] || [ "$(find "$corpus" -type f | wc -l)" -ne "$n" ]; then
    rm -rf "$corpus"
    for ((i = 0; i < n; i++)); do
      dir="$corpus/$((i / 1000))"
      [ $((i % 1000)) -eq 0 ] && mkdir -p "$dir"
      cp "${originals[$((i % ${#originals[@]}))]}" "$dir/page-$i.html"
    done
  fi
  for w in $workers; do
    out="$work/out-$n-$w.jsonl"
    # exit code 1 is expected: a few benchmark pages hold no article (status empty)
    /usr/bin/time -f '%e %M' -o "$work/time.txt" $cli extract "$corpus" --format jsonl --output "$out" --parallel "$w" --quiet 2>"$work/stderr-$n-$w.txt" || true
    read -r seconds rss_kb < <(tail -n 1 "$work/time.txt")
    ok=$(grep -c '"status":"ok"' "$out" || true)
    awk -v n="$n" -v w="$w" -v s="$seconds" -v r="$rss_kb" -v ok="$ok" \
      'BEGIN { printf "%-9d %-8d %10.1f %10.1f %12.0f %10d\n", n, w, s, n / s, r / 1024, ok }'
  done
done
