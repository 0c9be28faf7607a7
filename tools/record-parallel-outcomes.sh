#!/usr/bin/env bash
# Records how often each output of a program comes out of real Go at GOMAXPROCS=2 (or --gomaxprocs N),
# as fixtures for the tests of GoroLab's parallel timing model.
#
# Usage: nice -n -20 tools/record-parallel-outcomes.sh [--runs N] [--gomaxprocs N] [--timeout S] [NAME...]
#        tools/record-parallel-outcomes.sh --bundled [--runs N] [--gomaxprocs N] ID...
#
# For each test/src/test/resources/parallel/<name>/main.go (every subfolder, or only the NAMEs
# given) the program is built once with `go build -trimpath` and the binary is run N times
# (default 1000) with GOMAXPROCS set. The distinct outcomes (stdout, exit code, first line of
# stderr) are written with their counts, most common first, to
# <name>/main.gomaxprocs<N>.outcomes:
#
#   # header lines: go version, GOMAXPROCS, runs, the machine, niceness and load average
#   === <count> runs, exit <code>, <bytes> bytes, stderr "<first line of stderr>"
#   <exactly <bytes> bytes of stdout>
#
# With --bundled, each ID is a bundled scenario: its scenarios/src/main/resources/dev/gorolab/
# scenario/library/<ID>/<ID>.go is run and <ID>.gomaxprocs<N>.outcomes written beside it, where
# `gorolab run ID --outcomes` and the app's Outcomes window find it.
#
# Run it on an otherwise quiet machine, and at high priority (nice -n -20 as root): the load
# average before and after the runs goes into the header, because a loaded machine shifts the
# distribution (a busy second core delays the woken M). Re-record when the load was high.
# Idempotent: the outcomes file of a name is rewritten.
set -euo pipefail

runs=1000
gmp=2
timeout_s=20
names=()
bundled=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --gomaxprocs) gmp="$2"; shift 2 ;;
    --timeout) timeout_s="$2"; shift 2 ;;
    --bundled) bundled=true; shift ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 64 ;;
    *) names+=("$1"); shift ;;
  esac
done

command -v go >/dev/null || { echo "record-parallel-outcomes: 'go' not found" >&2; exit 69; }
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/test/src/test/resources/parallel"
lib="$root/scenarios/src/main/resources/dev/gorolab/scenario/library"
go_version="$(go version)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ ${#names[@]} -eq 0 ]]; then
  for f in "$dir"/*/main.go; do names+=("$(basename "$(dirname "$f")")"); done
fi
cpus="$(nproc)"
cpu_model="$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //' || echo unknown)"

for name in "${names[@]}"; do
  src="$dir/$name/main.go"
  out="$dir/$name/main.gomaxprocs$gmp.outcomes"
  label="$name/main.go"
  if $bundled; then
    src="$lib/$name/$name.go"
    out="$lib/$name/$name.gomaxprocs$gmp.outcomes"
    label="bundled $name/$name.go"
  fi
  [[ -f "$src" ]] || { echo "record-parallel-outcomes: no $src" >&2; exit 66; }
  mkdir -p "$work/$name/src" "$work/$name/runs"
  cp "$src" "$work/$name/src/main.go"
  (cd "$work/$name/src" && GO111MODULE=off go build -trimpath -o ../prog main.go)
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  for ((k = 0; k < runs; k++)); do
    r="$work/$name/runs/$k"
    mkdir -p "$r"
    set +e
    GOMAXPROCS="$gmp" timeout "$timeout_s" "$work/$name/prog" >"$r/stdout" 2>"$r/stderr"
    echo $? >"$r/exit"
    set -e
  done
  load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
  # one key per run: the outcome's three parts; group, count, most common first (ties by key)
  for ((k = 0; k < runs; k++)); do
    r="$work/$name/runs/$k"
    key="$({ cat "$r/stdout"; printf '\n--exit %s--\n' "$(cat "$r/exit")"; head -n1 "$r/stderr"; } | sha256sum | cut -c1-16)"
    echo "$key $k"
  done | sort -k1,1 -k2,2n >"$work/$name/keys"
  {
    echo "# $go_version, GOMAXPROCS=$gmp, $runs runs of $label (tools/record-parallel-outcomes.sh)"
    echo "# machine: $cpus CPUs ($cpu_model), niceness $(nice), load average before $load_before, after $load_after"
    awk '{ if ($1 != last) { if (last != "") print n, first; last = $1; first = $2; n = 0 } n++ } END { if (last != "") print n, first }' \
      "$work/$name/keys" | sort -k1,1nr -k2,2n | while read -r count first; do
      r="$work/$name/runs/$first"
      bytes="$(wc -c <"$r/stdout")"
      err="$(head -n1 "$r/stderr" | sed 's/\\/\\\\/g; s/"/\\"/g')"
      echo "=== $count runs, exit $(cat "$r/exit"), $bytes bytes, stderr \"$err\""
      cat "$r/stdout"
    done
  } >"$out"
  echo "$name: $(grep -c '^=== ' "$out") outcomes, load $load_before -> $load_after" >&2
done
