#!/usr/bin/env bash
# Regenerates the bundled scenario JSON files from their Go programs and tools/scenario-texts.json,
# then library/index.json. Usage: tools/generate-scenarios.sh [ID...]   (requires go and python3)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root/tools/go2scenario" && go run . "$@")
python3 "$root/tools/update-library-index.py"
