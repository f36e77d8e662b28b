#!/usr/bin/env bash
# Whole-process benchmarks of covenant with hyperfine, over a generated corpus.
# Installs hyperfine (Debian) if missing. Figures are recorded in docs/performance.md.
#   scripts/bench.sh [FILES]   (FILES: size of the folder for the check benchmark, default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-10000}
if ! command -v hyperfine >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq hyperfine >/dev/null
fi
cargo build --release --quiet
cargo build --release --quiet --example gen_corpus
bin=target/release/covenant
gen=target/release/examples/gen_corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$gen" 1 "$work/one" 300
"$gen" "$files" "$work/many" 300
for lines in 3000 30000 300000; do "$gen" 1 "$work/large-$lines" "$lines"; done
one="$work/one/agreement-00000.covenant"
echo "300-line agreement: $(wc -l < "$one") lines, $(wc -c < "$one") bytes"
echo "folder: $files files, $(du -sh "$work/many" | cut -f1)"

# Median of a command over RUNS runs, in milliseconds.
median() {
  local runs=$1; shift
  hyperfine --warmup 3 --runs "$runs" -N --export-json "$work/h.json" "$*" >/dev/null 2>&1
  python3 -c "import json;print(round(json.load(open('$work/h.json'))['results'][0]['median']*1000, 2))"
}

echo; echo "== build to HTML, one agreement (target: median under 5 ms)"
echo "to a file (-o, written atomically with fsync): $(median 300 "$bin" build "$one" --to html -o "$work/out.html") ms median"
echo "to standard output:                          $(median 300 "$bin" build "$one" --to html) ms median"

echo; echo "== check a folder of $files agreements (target: under 3 s, peak memory under 200 MB)"
echo "wall: $(median 5 "$bin" check "$work/many") ms median"
/usr/bin/time -f "peak memory: %M KB, wall: %e s" "$bin" check "$work/many" | tail -1

echo; echo "== check one large file (throughput and linearity)"
for lines in 3000 30000 300000; do
  file="$work/large-$lines/agreement-00000.covenant"
  bytes=$(wc -c < "$file")
  ms=$(median 10 "$bin" check "$file")
  python3 -c "b=$bytes;m=$ms/1000;print(f'{b/1e6:8.2f} MB  median {m*1000:8.1f} ms  {b/1e6/m:6.1f} MB/s')"
done
