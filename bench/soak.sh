#!/usr/bin/env bash
# Issue 15's soak: N documents (default 100,000) of which 5 % are bad inputs at small sizes, through one
# `extractor extract` with --parallel 2. The good ones are hard links to the 181 article-benchmark pages and
# the gold-dev texts (distinct names, no extra disk); the bad ones are every kind the issue lists: empty,
# binary, over --max-input-mb (sparse files), cut gzip, mis-encoded text, 20,000 nested divs, a 200 KB
# attribute, a page of links only, malformed JSON Lines, dangling links, a link loop, a folder that cannot
# be listed (run as root, the extraction runs as the user "nobody", for whom that folder is closed). Checks: the run ends by itself,
# every good document has exactly one record, every bad input has a record that is not ok, no internal_error;
# reports documents/s, the slowest document's bound (--timeout) and the peak RSS (target <= 600 MB).
#
#   bench/soak.sh [N] [PAGES_DIR] [TEXTS_DIR]     # defaults: 100000, ../shared/data/article-benchmark/html, ../shared/data/gold-dev/articles
#   WORK=/tmp/extractor-soak PARALLEL=2 bench/soak.sh 20000
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
pages=${2:-../shared/data/article-benchmark/html}
texts=${3:-../shared/data/gold-dev/articles}
work=${WORK:-/tmp/extractor-soak}
parallel=${PARALLEL:-2}
for dir in "$pages" "$texts"; do
  if [ ! -d "$dir" ]; then
    echo "soak.sh: no such folder: $dir (benchmark pages and dev texts from ../shared/data)" >&2
    exit 2
  fi
done

rm -rf "$work" && mkdir -p "$work/out"
# Published into the work folder: "nobody" (below) can read it there wherever the clone is, and a build of
# the clone during the run cannot replace the files the run has loaded.
dotnet publish -c Release src/Extractor.Cli -o "$work/cli" -v q -nologo >/dev/null
cli="dotnet $work/cli/extractor.dll"
python3 bench/soak_corpus.py make "$work" "$n" "$pages" "$texts"

# Root reads every folder: the run is then nobody's, so that the closed folder is closed to it.
run_as=()
if [ "$(id -u)" = 0 ]; then
  run_as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod 755 "$work"
  chown 65534 "$work/out"
  export DOTNET_CLI_HOME=/tmp
fi
set +e
/usr/bin/time -f "%e %M" -o "$work/time.txt" "${run_as[@]}" $cli extract "$work/corpus" --format jsonl --output "$work/out/out.jsonl" \
  --parallel "$parallel" --max-input-mb 4 --timeout 20 --quiet 2> "$work/stderr.txt"
status=$?
set -e
read -r seconds peak_kb < <(tail -n 1 "$work/time.txt")
echo "exit code $status (1 expected: bad inputs are not ok), stderr lines: $(wc -l < "$work/stderr.txt")"
python3 bench/soak_corpus.py check "$work" "$seconds" "$peak_kb"
