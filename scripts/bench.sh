#!/usr/bin/env bash
# Whole-process benchmarks of covenant with hyperfine, over a generated corpus.
# Installs hyperfine (Debian) if missing. Figures are recorded in docs/performance.md.
#   scripts/bench.sh [FILES]   (FILES: size of the folder for the check benchmark, default 10000)
# With valgrind installed, the linearity series also prints instruction counts
# (callgrind), which stay exact when other processes share the machine.
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
"$gen" 1 "$work/small" 100
"$gen" "$files" "$work/many" 300
sizes=(3000 30000 300000)
for lines in "${sizes[@]}"; do "$gen" 1 "$work/large-$lines" "$lines"; done
one="$work/one/agreement-00000.covenant"
small="$work/small/agreement-00000.covenant"
echo "300-line agreement: $(wc -l < "$one") lines, $(wc -c < "$one") bytes"
echo "folder: $files files, $(du -sh "$work/many" | cut -f1)"

# Median of a command over RUNS runs, in milliseconds.
median() {
  local runs=$1; shift
  hyperfine --warmup 3 --runs "$runs" -N --export-json "$work/h.json" "$*" >/dev/null 2>&1
  python3 -c "import json;print(round(json.load(open('$work/h.json'))['results'][0]['median']*1000, 2))"
}

# Instructions a command executes (callgrind), or "-" without valgrind.
instructions() {
  if ! command -v valgrind >/dev/null 2>&1; then echo "-"; return; fi
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

echo; echo "== ratios of a $(wc -l < "$small")-line agreement (targets: check within 1.6x a bare start, build within 1.3x check)"
start=$(median 300 "$bin" --version)
check=$(median 300 "$bin" check "$small")
build=$(median 300 "$bin" build "$small" --to html -o "$work/small.html")
python3 -c "
s,c,b=$start,$check,$build
print(f'bare start (covenant --version): {s:6.2f} ms')
print(f'check:                           {c:6.2f} ms   check / start = {c/s:4.2f}')
print(f'build --to html -o:              {b:6.2f} ms   build / check = {b/c:4.2f}')"
start_ir=$(instructions "$bin" --version)
check_ir=$(instructions "$bin" check "$small")
build_ir=$(instructions "$bin" build "$small" --to html -o "$work/small.html")
if [ "$start_ir" != "-" ]; then
  python3 -c "
s,c,b=$start_ir,$check_ir,$build_ir
print(f'instructions: start {s/1e6:.2f} M, check {c/1e6:.2f} M, build {b/1e6:.2f} M; check / start = {c/s:4.2f}, build / check = {b/c:4.2f}')"
fi

echo; echo "== build to HTML, one agreement (target: median under 5 ms)"
echo "to a file (-o, written atomically with fsync): $(median 300 "$bin" build "$one" --to html -o "$work/out.html") ms median"
echo "to standard output:                          $(median 300 "$bin" build "$one" --to html) ms median"

echo; echo "== check a folder of $files agreements (target: under 3 s, peak memory under 200 MB)"
echo "wall: $(median 5 "$bin" check "$work/many") ms median"
/usr/bin/time -f "peak memory: %M KB, wall: %e s" "$bin" check "$work/many" | tail -1

echo; echo "== check one large file (throughput)"
for lines in "${sizes[@]}"; do
  file="$work/large-$lines/agreement-00000.covenant"
  bytes=$(wc -c < "$file")
  ms=$(median 10 "$bin" check "$file")
  python3 -c "b=$bytes;m=$ms/1000;print(f'{b/1e6:8.2f} MB  median {m*1000:8.1f} ms  {b/1e6/m:6.1f} MB/s')"
done

# An error-heavy file: LINES items that each fail to parse.
for lines in "${sizes[@]}"; do
  python3 -c "
import sys
sys.stdout.write('covenant \"T\" {\n}\n' + ''.join(f'party p{i} {{ sector public }}\n' for i in range($lines)))" \
    > "$work/bad-$lines.covenant"
done

# The 1x/10x/100x series of one command: wall median, growth against the size
# before (linear is about 10), instructions for 1x and 10x.
series() {
  local name=$1; shift
  echo; echo "== $name: 1x/10x/100x (linear: each step about 10x)"
  local previous=""
  for lines in "${sizes[@]}"; do
    local cmd=("$@")
    cmd=("${cmd[@]//@FILE@/$(input_for "$name" "$lines")}")
    cmd=("${cmd[@]//@OUT@/$work/out-$lines}")
    local runs=5; [ "$lines" = 300000 ] && runs=3
    local ms; ms=$(median "$runs" "${cmd[@]}")
    local ir="-"; [ "$lines" != 300000 ] && ir=$(instructions "${cmd[@]}")
    python3 -c "
p='$previous'; m=$ms
growth=f'{m/float(p):5.1f}x' if p else '     '
print(f'{$lines:>7} lines  median {m:9.1f} ms  {growth}  instructions {\"$ir\":>14}')"
    previous=$ms
  done
}

input_for() {
  case $1 in
    check-errors) echo "$work/bad-$2.covenant" ;;
    fmt) echo "$work/fmt-$2.covenant" ;;
    *) echo "$work/large-$2/agreement-00000.covenant" ;;
  esac
}

# fmt --check exits 0 only on formatted files: the series formats copies first.
for lines in "${sizes[@]}"; do
  cp "$work/large-$lines/agreement-00000.covenant" "$work/fmt-$lines.covenant"
  "$bin" fmt "$work/fmt-$lines.covenant" >/dev/null
done
# check exits 1 on the error-heavy file, and hyperfine wants exit 0.
printf '%s\n' "\"$bin\" check \"\$1\" >/dev/null; test \$? = 1" > "$work/check-errors.sh"

series check "$bin" check @FILE@
series check-errors sh "$work/check-errors.sh" @FILE@
series "build --to html" "$bin" build @FILE@ --to html -o @OUT@.html
series fmt "$bin" fmt --check @FILE@
series register "$bin" register @FILE@ -o @OUT@.md
