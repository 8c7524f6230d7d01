#!/usr/bin/env bash
# Issue 8's resume and shard acceptance at scale, with real processes:
#  1. an uninterrupted run over N documents;
#  2. the same run killed (SIGKILL) midway, then rerun with --resume: the same set of records, no duplicates;
#  3. K shard runs (--shard k/K) concatenated: the same set as the uninterrupted run.
# The documents are the dev articles (../shared/data/gold-dev/articles) replicated under distinct names.
#
#   bench/resume-shards.sh [N] [K]      # defaults: 10000 documents, 4 shards
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
k=${2:-4}
articles=${ARTICLES:-../shared/data/gold-dev/articles}
work=${WORK:-/tmp/extractor-resume}
if [ ! -d "$articles" ]; then
  echo "resume-shards.sh: no such folder: $articles (the dev articles of ../shared/data/gold-dev)" >&2
  exit 2
fi

dotnet build -c Release src/Extractor.Cli -v q -nologo >/dev/null
cli="dotnet src/Extractor.Cli/bin/Release/net10.0/extractor.dll"

rm -rf "$work" && mkdir -p "$work/in"
sources=("$articles"/*.txt)
for ((i = 0; i < n; i++)); do
  dir="$work/in/$((i / 1000))"
  [ $((i % 1000)) -eq 0 ] && mkdir -p "$dir"
  cp "${sources[$((i % ${#sources[@]}))]}" "$dir/doc-$i.txt"
done

sorted() { sort "$1" | sha256sum | cut -c1-16; }
ids() { grep -o '"article_id":"[0-9a-f]*"' "$1" | sort; }

start=$(date +%s.%N)
$cli extract "$work/in" --format jsonl --output "$work/full.jsonl" --quiet
full_seconds=$(echo "$(date +%s.%N) - $start" | bc)
echo "uninterrupted: $(wc -l < "$work/full.jsonl") records in ${full_seconds%.*} s"

# Killed midway: started in the background, SIGKILLed once about half the records are written.
$cli extract "$work/in" --format jsonl --output "$work/resumed.jsonl" --quiet &
pid=$!
lines() { if [ -f "$1" ]; then wc -l < "$1"; else echo 0; fi; }
while [ "$(lines "$work/resumed.jsonl")" -lt $((n / 2)) ]; do sleep 0.2; done
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
echo "killed after $(wc -l < "$work/resumed.jsonl") complete lines ($(tail -c 1 "$work/resumed.jsonl" | od -An -c | tr -d ' ') last byte)"
$cli extract "$work/in" --format jsonl --output "$work/resumed.jsonl" --resume 2>&1 | tail -2
dups=$(ids "$work/resumed.jsonl" | uniq -d | wc -l)
echo "resumed: $(wc -l < "$work/resumed.jsonl") records, $dups duplicate ids, same set as uninterrupted: $([ "$(sorted "$work/full.jsonl")" = "$(sorted "$work/resumed.jsonl")" ] && echo yes || echo NO)"

rm -f "$work/shards.jsonl"
for ((s = 0; s < k; s++)); do
  $cli extract "$work/in" --format jsonl --output "$work/shard-$s.jsonl" --shard "$s/$k" --quiet
  echo "shard $s/$k: $(wc -l < "$work/shard-$s.jsonl") records"
  cat "$work/shard-$s.jsonl" >> "$work/shards.jsonl"
done
echo "shards together: $(wc -l < "$work/shards.jsonl") records, same set as uninterrupted: $([ "$(sorted "$work/full.jsonl")" = "$(sorted "$work/shards.jsonl")" ] && echo yes || echo NO)"
