#!/usr/bin/env bash
# Records real Go's output for every bundled scenario program, as fixtures for the fidelity tests.
#
# Usage: tools/record-go-fixtures.sh [--runs N] [--timeout SECONDS] [--gomaxprocs4-runs N] [ID...]
#        tools/record-go-fixtures.sh --corpus DIR [--runs N] [--timeout SECONDS] [NAME...]
#
# For each library/<id>/<id>.go (or only the IDs given) the program is built once with
# `go build -trimpath` (so that tracebacks print ./<id>.go, not this machine's path) and the binary
# is run N times (default 20) with GOMAXPROCS=1. The binary is run directly rather than through
# `go run`, because `go run` turns every non-zero exit into 1 and appends "exit status N" to stderr.
#
# Deterministic programs get test/src/test/resources/fixtures/<id>.stdout, .stderr (raw bytes),
# .exit and .go-version. A program whose runs differ gets <id>.nondeterministic instead, listing
# each distinct variant with its count. Runs are compared on stdout, the exit code and stderr with
# hexadecimal numbers masked (addresses in tracebacks are not part of Go's scheduling behaviour);
# the raw stderr of the first run is what is written.
#
# Programs listed in GOMAXPROCS4_IDS are also run with GOMAXPROCS=4, and their distinct outputs
# are written to <id>.gomaxprocs4.variants, for documentation only.
#
# With --corpus DIR, the programs are DIR/<name>/main.go (every subfolder, or only the NAMEs given)
# and their fixtures are written next to them with the same endings: DIR/<name>/main.stdout,
# main.stderr, main.exit, main.go-version or main.nondeterministic (tracebacks print ./main.go).
# The library's README is then left alone.
#
# Idempotent: every output file of an id is removed before it is written again.
set -euo pipefail

runs=20
timeout_s=60
gmp4_runs=20
ids=()
corpus=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --timeout) timeout_s="$2"; shift 2 ;;
    --gomaxprocs4-runs) gmp4_runs="$2"; shift 2 ;;
    --corpus) corpus="$(cd "$2" && pwd)"; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 64 ;;
    *) ids+=("$1"); shift ;;
  esac
done

# Programs whose GOMAXPROCS=4 behaviour is worth showing next to the GOMAXPROCS=1 fixture.
GOMAXPROCS4_IDS=(teach-runnext-order teach-work-stealing teach-main-returns-early seed08-gosched-say
  seed06-select-cakes teach-cake-counter)

command -v go >/dev/null || { echo "record-go-fixtures: 'go' not found (apt-get install -y golang-go)" >&2; exit 69; }
command -v timeout >/dev/null || { echo "record-go-fixtures: 'timeout' (coreutils) not found" >&2; exit 69; }

root="$(cd "$(dirname "$0")/.." && pwd)"
lib="$root/scenarios/src/main/resources/dev/gorolab/scenario/library"
out="$root/test/src/test/resources/fixtures"
mkdir -p "$out"
go_version="$(go version)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ ${#ids[@]} -eq 0 ]]; then
  if [[ -n "$corpus" ]]; then
    for f in "$corpus"/*/main.go; do ids+=("$(basename "$(dirname "$f")")"); done
  else
    for f in "$lib"/*/*.go; do ids+=("$(basename "$f" .go)"); done
  fi
fi

# The program of an id, and the path prefix its fixture files get (prefix.stdout, ...).
source_of() { if [[ -n "$corpus" ]]; then echo "$corpus/$1/main.go"; else echo "$lib/$1/$1.go"; fi; }
fixture_prefix() { if [[ -n "$corpus" ]]; then echo "$corpus/$1/main"; else echo "$out/$1"; fi; }

# Prints a key that is equal for two runs that count as the same output.
run_key() { # dir
  { cat "$1/stdout"; printf '\n--exit %s--\n' "$(cat "$1/exit")"; sed -E 's/0x[0-9a-f]+/0x?/g' "$1/stderr"; } \
    | sha256sum | cut -c1-16
}

# Runs the binary `count` times with the given GOMAXPROCS into $work/<id>.<gmp>/runK.
run_many() { # id bin gmp count
  local id="$1" bin="$2" gmp="$3" count="$4" k d
  for ((k = 1; k <= count; k++)); do
    d="$work/$id.$gmp/run$k"
    mkdir -p "$d"
    set +e
    (cd "$d" && env -u GODEBUG -u GOTRACEBACK GOMAXPROCS="$gmp" timeout "$timeout_s" "$bin" \
      >"$d/stdout" 2>"$d/stderr")
    echo $? >"$d/exit"
    set -e
    run_key "$d" >"$d/key"
  done
}

# Writes the distinct variants among runs of id at gmp, most frequent first.
write_variants() { # id gmp count target
  local id="$1" gmp="$2" count="$3" target="$4" key n first
  {
    echo "# $go_version, GOMAXPROCS=$gmp, $count runs of $id (tools/record-go-fixtures.sh)"
    echo "# stderr compared with hexadecimal numbers masked; exit 124 means killed by the ${timeout_s}s timeout"
    for key in $(cat "$work/$id.$gmp"/run*/key | sort | uniq -c | sort -k1,1nr -k2 | awk '{print $2}'); do
      n=$(grep -lx "$key" "$work/$id.$gmp"/run*/key | wc -l)
      first=$(dirname "$(grep -lx "$key" "$work/$id.$gmp"/run*/key | sort -V | head -n1)")
      echo
      echo "=== variant $key: $n of $count runs, exit $(cat "$first/exit") ==="
      echo "--- stdout ---"
      cat "$first/stdout"
      echo "--- stderr ---"
      cat "$first/stderr"
    done
  } >"$target"
}

status=0
nondet=()
for id in "${ids[@]}"; do
  src="$(source_of "$id")"
  fx="$(fixture_prefix "$id")"
  if [[ ! -f "$src" ]]; then echo "record-go-fixtures: no program $src" >&2; status=1; continue; fi
  rm -f "$fx".{stdout,stderr,exit,go-version,nondeterministic}
  bin="$work/bin/$id"
  mkdir -p "$work/bin"
  (cd "$(dirname "$src")" && go build -trimpath -o "$bin" "$(basename "$src")") || { echo "record-go-fixtures: $id does not build" >&2; status=1; continue; }

  run_many "$id" "$bin" 1 "$runs"
  distinct=$(sort -u "$work/$id.1"/run*/key | wc -l)
  if [[ "$distinct" -eq 1 ]]; then
    cp "$work/$id.1/run1/stdout" "$fx.stdout"
    cp "$work/$id.1/run1/stderr" "$fx.stderr"
    cp "$work/$id.1/run1/exit" "$fx.exit"
    echo "$go_version" >"$fx.go-version"
    printf '%-36s deterministic (%d runs), exit %s\n' "$id" "$runs" "$(cat "$fx.exit")"
  else
    write_variants "$id" 1 "$runs" "$fx.nondeterministic"
    echo "$go_version" >"$fx.go-version"
    nondet+=("$id")
    printf '%-36s NONDETERMINISTIC: %d variants in %d runs\n' "$id" "$distinct" "$runs"
  fi

  for g in "${GOMAXPROCS4_IDS[@]}"; do
    if [[ -z "$corpus" && "$g" == "$id" && "$gmp4_runs" -gt 0 ]]; then
      rm -f "$out/$id.gomaxprocs4.variants"
      run_many "$id" "$bin" 4 "$gmp4_runs"
      write_variants "$id" 4 "$gmp4_runs" "$out/$id.gomaxprocs4.variants"
      printf '%-36s GOMAXPROCS=4: %d variants in %d runs\n' "" "$(sort -u "$work/$id.4"/run*/key | wc -l)" "$gmp4_runs"
    fi
  done
done

write_readme() {
  {
    cat <<'EOT'
# Real Go fixtures

Output of real Go for every program of the bundled scenario library
(`scenarios/src/main/resources/dev/gorolab/scenario/library/<id>/<id>.go`), the oracle against which
the fidelity tests check GoroLab's simulator. Generated by `tools/record-go-fixtures.sh`; do not edit
by hand.

## Regenerate

```sh
apt-get install -y golang-go            # Go 1.19 on Debian 12; the fixtures were made with 1.19.8
tools/record-go-fixtures.sh             # every program; about 8 minutes, mostly the programs' sleeps
tools/record-go-fixtures.sh teach-gosched-order   # only some ids
```

Options: `--runs N` (runs per program at GOMAXPROCS=1, default 20), `--timeout S` (default 60),
`--gomaxprocs4-runs N` (default 20, 0 to skip). The script is idempotent: it deletes an id's files
before writing them again.

## Files per program

| file | content |
|---|---|
| `<id>.stdout` | raw standard output of a run with `GOMAXPROCS=1` |
| `<id>.stderr` | raw standard error (panic and deadlock reports) of the same run |
| `<id>.exit` | the process exit code (0, or 2 for a panic or a fatal error) |
| `<id>.go-version` | `go version` of the toolchain that recorded it |
| `<id>.nondeterministic` | instead of the three above, when runs at `GOMAXPROCS=1` differed: every distinct variant with its count |
| `<id>.gomaxprocs4.variants` | documentation only: the distinct outputs of 20 runs with `GOMAXPROCS=4` |

How a program is run: `go build -trimpath` once (tracebacks then print `./<id>.go:LINE`, not the
recording machine's path), then the binary is started directly with `GOMAXPROCS=1` and with
`GODEBUG` and `GOTRACEBACK` unset. `go run` is not used because it reports every failure as exit
status 1 and appends `exit status 2` to stderr. Runs are compared on stdout, the exit code and
stderr with hexadecimal numbers masked (the `+0x37` offsets and argument words of traceback frames
are not scheduling behaviour); the raw stderr of the first run is kept.

A fidelity test should compare stdout and the exit code exactly, and from stderr the lines Go's
runtime prints about scheduling: `fatal error: ...`, `panic: ...` and the `goroutine N [reason]:`
headers. Frame lines (`main.main()`, `./x.go:12 +0x37`) depend on the compiler.

## Status at GOMAXPROCS=1

| id | status | exit |
|---|---|---|
EOT
    local f id st ex
    for f in "$lib"/*/*.go; do
      id="$(basename "$f" .go)"
      if [[ -f "$out/$id.stdout" ]]; then st="deterministic"; ex="$(cat "$out/$id.exit")"
      elif [[ -f "$out/$id.nondeterministic" ]]; then st="**nondeterministic**"; ex="see file"
      else st="not recorded"; ex="-"; fi
      if [[ -f "$out/$id.gomaxprocs4.variants" ]]; then st="$st; GOMAXPROCS=4 variants recorded"; fi
      echo "| \`$id\` | $st | $ex |"
    done
    if [[ -f "$out/NOTES.md" ]]; then printf '\nNotes on individual programs: [NOTES.md](NOTES.md).\n'; fi
  } >"$out/README.md"
}
if [[ -z "$corpus" ]]; then write_readme; fi

if [[ ${#nondet[@]} -gt 0 ]]; then
  echo "record-go-fixtures: nondeterministic at GOMAXPROCS=1: ${nondet[*]}"
fi
exit "$status"
