#!/usr/bin/env bash
# Records what real Go says about every broken Go file of the checker's corpus.
#
# Usage: tools/record-broken-go.sh [NAME...]
#
# For each scenarios/src/test/resources/broken/go/<name>.go (or only the NAMEs given), the file is
# copied alone into an empty folder and built with `go build`; if it builds, `go vet` is run on it
# instead (the vet-* cases are mistakes only vet reports). What the tool prints is written to
# <name>.expected with the `# command-line-arguments` header dropped and the `./` before the file
# name removed (also where a message names another place, `at ./x.go`), so each line reads `<name>.go:LINE:COL: message` as GoroLab's `check` prints it.
# Continuation lines (a tab, then `have (...)`/`want (...)`) are kept as Go prints them.
# A file that both builds and passes vet is an error: the corpus holds only broken files.
#
# Idempotent: <name>.expected is written again from scratch.
set -euo pipefail

command -v go >/dev/null || { echo "record-broken-go: 'go' not found (apt-get install -y golang-go)" >&2; exit 69; }

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/scenarios/src/test/resources/broken/go"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
  for f in "$dir"/*.go; do names+=("$(basename "$f" .go)"); done
fi

status=0
for name in "${names[@]}"; do
  src="$dir/$name.go"
  if [[ ! -f "$src" ]]; then echo "record-broken-go: no file $src" >&2; status=1; continue; fi
  case_dir="$work/$name"
  mkdir -p "$case_dir"
  cp "$src" "$case_dir/"
  tool="go build"
  set +e
  (cd "$case_dir" && GOFLAGS= go build -o "$work/$name.bin" "$name.go") >"$case_dir/out" 2>&1
  rc=$?
  if [[ $rc -eq 0 ]]; then
    tool="go vet"
    (cd "$case_dir" && GOFLAGS= go vet "$name.go") >"$case_dir/out" 2>&1
    rc=$?
  fi
  set -e
  if [[ $rc -eq 0 ]]; then
    echo "record-broken-go: $name builds and passes go vet; it is not broken" >&2
    status=1
    continue
  fi
  grep -v '^# command-line-arguments$' "$case_dir/out" | sed -E 's#(^|\t| at | first at )\./#\1#g' >"$dir/$name.expected"
  printf '%-44s %-8s %s\n' "$name" "$tool" "$(head -n1 "$dir/$name.expected")"
done
exit "$status"
