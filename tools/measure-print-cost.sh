#!/usr/bin/env bash
# Measures what a fmt.Println to a file costs in real Go, as docs/gomaxprocs.md uses it for
# ParallelTiming's WRITE_NANOS: the first print of a process (formatting and write, cold) and a
# warm one split into its formatting and its os.Stdout.Write.
#
# Usage: nice -n -20 tools/measure-print-cost.sh [RUNS]   (default 100 runs, each a fresh process)
#
# Prints the 10th, 25th, 50th, 75th and 90th percentile in ns of: the first fmt.Sprintln (cold),
# the first os.Stdout.Write (cold) and, after five warm-up prints, one os.Stdout.Write and one
# whole fmt.Println. Run it on a quiet machine; the load average goes into the first line.
set -euo pipefail
runs="${1:-100}"
command -v go >/dev/null || { echo "measure-print-cost: 'go' not found" >&2; exit 69; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/main.go" <<'GO'
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	t0 := time.Now()
	b := []byte(fmt.Sprintln(7))
	t1 := time.Now()
	os.Stdout.Write(b)
	t2 := time.Now()
	for i := 0; i < 5; i++ { // warm up the fmt.Println path too
		fmt.Println(i)
	}
	b = []byte(fmt.Sprintln(8))
	t3 := time.Now()
	os.Stdout.Write(b)
	t4 := time.Now()
	fmt.Println(9)
	t5 := time.Now()
	fmt.Fprintln(os.Stderr, t1.Sub(t0).Nanoseconds(), t2.Sub(t1).Nanoseconds(), t4.Sub(t3).Nanoseconds(), t5.Sub(t4).Nanoseconds())
}
GO
(cd "$work" && GO111MODULE=off go build -trimpath -o prog main.go)
for ((k = 0; k < runs; k++)); do
  GOMAXPROCS=2 "$work/prog" >"$work/out" 2>>"$work/times"
done
echo "# $(go version), $runs runs, load average $(cut -d' ' -f1-3 /proc/loadavg); percentiles 10 25 50 75 90, ns"
for col in 1 2 3 4; do
  name=("" "first Sprintln (cold)" "first Write (cold)" "warm Write" "warm Println")
  cut -d' ' -f"$col" "$work/times" | sort -n | awk -v n="${name[$col]}" '
    { v[NR] = $1 } END { printf "%-22s", n; split("0.10 0.25 0.50 0.75 0.90", q, " ");
      for (i = 1; i <= 5; i++) { k = int(NR * q[i]) + 1; if (k > NR) k = NR; printf " %8d", v[k] } print "" }'
done
