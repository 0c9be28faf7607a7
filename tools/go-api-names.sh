#!/usr/bin/env bash
# Writes the exported names of the standard-library packages lectures use, from Go's own API
# files ($GOROOT/api/go1*.txt), so the Go front end can tell a real Go name GoroLab does not model
# yet (time.After) from a typo (fmt.Prinln). Needs Go 1.19 installed; run from the repository root.
set -euo pipefail
goroot="$(go env GOROOT)"
out=simulator-core/src/main/resources/dev/gorolab/sim/syntax/go1.19-api.txt
pkgs='fmt|time|strconv|runtime|sync|sync/atomic|strings|errors|context|os|os/signal|math|math/rand|sort|bytes|unicode|unicode/utf8|io|bufio|log|container/list|container/heap'
{
  echo "# Exported names of Go $(go env GOVERSION) packages, from \$GOROOT/api by tools/go-api-names.sh."
  echo "# One per line: package path, a space, then Name or Type.Method."
  cat "$goroot"/api/go1*.txt | grep -E "^pkg ($pkgs), " | sed -E '
    s/^pkg ([^,]+), (func|type|const|var) ([A-Za-z0-9_]+).*/\1 \3/; t
    s/^pkg ([^,]+), method \(\*?([A-Za-z0-9_]+)(\[[^]]*\])?\) ([A-Za-z0-9_]+).*/\1 \2.\4/; t
    d' | sort -u
} > "$out"
wc -l "$out"
