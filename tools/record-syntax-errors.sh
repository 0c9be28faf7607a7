#!/usr/bin/env bash
# Records what `go build` (Go 1.19) prints for each Go file of the Go front end's error tests:
# simulator-core/src/test/resources/dev/gorolab/sim/syntax/errors/<name>.go -> <name>.expected,
# with the "# command-line-arguments" header and the "./" before the file name dropped.
# Usage: tools/record-syntax-errors.sh [NAME...]   (from the repository root; needs Go 1.19)
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/simulator-core/src/test/resources/dev/gorolab/sim/syntax/errors"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
  for f in "$dir"/*.go; do names+=("$(basename "$f" .go)"); done
fi
for name in "${names[@]}"; do
  mkdir -p "$work/$name"
  cp "$dir/$name.go" "$work/$name/"
  if (cd "$work/$name" && GOFLAGS= go build -o "$work/$name.bin" "$name.go") >"$work/$name/out" 2>&1; then
    echo "record-syntax-errors: $name builds; it is not broken" >&2
    exit 1
  fi
  grep -v '^# command-line-arguments$' "$work/$name/out" | sed -E 's#(^|\t)\./#\1#' >"$dir/$name.expected"
  printf '%-36s %s\n' "$name" "$(head -n1 "$dir/$name.expected")"
done
