#!/usr/bin/env bash
# Measures GoroLab against real Go on the same Go programs, side by side, whole processes.
#
# Usage: tools/bench-vs-go.sh [--runs N] [--mode record|run|both] [--args 'GOROLAB FLAGS'] [FILE.go...]
#
# For each program (default: the three of docs/benchmarks.md, test/src/test/resources/bench/
# ping-pong.go, spawn-fan-in.go, daisy-chain.go) it builds the Go binary once with `go build`
# and runs it N times (default 5) with GOMAXPROCS=1, then runs `./gorolab run FILE --record`
# (what the app keeps: the full seekable trace; with --mode run or both, also the plain
# streaming `./gorolab run FILE`) N times. Every run is a whole process, JVM start included,
# measured with /usr/bin/time -v: wall time, CPU time (user + system, all threads: JIT compiler
# and collector included) and maximum resident set size. The table gives the medians and the
# ratios of GoroLab's median wall and CPU times to Go's. On a shared machine the wall times
# include waiting for a core; the CPU times do not. Each program's stdout must be
# the same in Go and GoroLab, or the script stops. --args passes more flags to `gorolab run`
# (e.g. '--max-steps 20000000').
#
# Needs go (1.19) on PATH and GNU time at /usr/bin/time; builds GoroLab first if needed. Quote
# the load average (`uptime`) with the numbers: on a busy machine every ratio moves.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
mode=record
extra=()
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --mode) mode="$2"; shift 2 ;;
    --args) read -r -a extra <<<"$2"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
  esac
done
if [ ${#files[@]} -eq 0 ]; then
  for name in ping-pong spawn-fan-in daisy-chain; do
    files+=("$here/test/src/test/resources/bench/$name.go")
  done
fi
case "$mode" in record|run|both) ;; *) echo "--mode: record, run or both" >&2; exit 2 ;; esac

command -v go >/dev/null || { echo "bench-vs-go: go is not on PATH" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-vs-go: /usr/bin/time (GNU time) is missing" >&2; exit 1; }
"$here/gorolab" list >/dev/null # builds the jar if the sources changed

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# Runs "$@" $runs times; prints "median-seconds median-KiB median-cpu-seconds" and leaves the last
# stdout in $work/out.
measure() {
  local walls=() rss=() cpus=() i
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
      echo "bench-vs-go: failed: $*" >&2; cat "$work/err" >&2; exit 1; }
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s }' "$work/time")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")")
    cpus+=("$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/time")")
  done
  printf '%s %s %s\n' "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)" \
    "$(printf '%s\n' "${cpus[@]}" | median)"
}

mib() { awk -v k="$1" 'BEGIN {printf "%.0f MiB", k / 1024}'; }

printf '| workload | real Go | gorolab %s | ratio (wall) | ratio (CPU) |\n|---|---|---|---|---|\n' \
  "$([ "$mode" = run ] && echo run || echo 'run --record')"
for f in "${files[@]}"; do
  name="$(basename "$f" .go)"
  (cd "$(dirname "$f")" && go build -o "$work/$name" "$(basename "$f")")
  read -r go_s go_k go_c < <(GOMAXPROCS=1 measure "$work/$name")
  cp "$work/out" "$work/go.out"
  modes=()
  [ "$mode" != run ] && modes+=(--record)
  [ "$mode" != record ] && modes+=("")
  for m in "${modes[@]}"; do
    read -r gl_s gl_k gl_c < <(measure "$here/gorolab" run "$f" ${m:+"$m"} ${extra[@]+"${extra[@]}"})
    cmp -s "$work/out" "$work/go.out" || {
      echo "bench-vs-go: $name: GoroLab printed something else than Go:" >&2
      diff "$work/go.out" "$work/out" | head >&2; exit 1; }
    printf '| %s%s | %.2f s (%.2f s CPU), %s | %.2f s (%.2f s CPU), %s | %.1f× | %.1f× |\n' "$name" "${m:+ ($m)}" \
      "$go_s" "$go_c" "$(mib "$go_k")" "$gl_s" "$gl_c" "$(mib "$gl_k")" \
      "$(awk -v a="$gl_s" -v b="$go_s" 'BEGIN {print a / b}')" "$(awk -v a="$gl_c" -v b="$go_c" 'BEGIN {print a / b}')"
  done
done
echo "(medians of $runs whole-process runs; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
