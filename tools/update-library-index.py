#!/usr/bin/env python3
"""Adds every generated scenario of tools/scenario-texts.json to library/index.json, in gallery order.

Order: the default scenario (the seed's cake maker and packer) first, then the other seed programs
in course order, then the teaching programs in the order of the texts file. Entries of index.json
that this script does not know (e.g. the loader's own "cake") are kept, after these.
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB = os.path.join(ROOT, "scenarios/src/main/resources/dev/gorolab/scenario/library")
DEFAULT_ID = "seed03-cake-count"

texts = json.load(open(os.path.join(ROOT, "tools/scenario-texts.json"), encoding="utf-8"))
# Scenarios that use Go the scenario language does not have yet: their JSON is generated but not
# listed, so that the bundled library keeps loading (see tools/scenario-notes.md).
PENDING = {
    "teach-deadlock-goexit": "runtime.Goexit is not in the scenario language",
    "teach-hundred-thousand": "recording its full trace needs more than 768 MB; teach-ten-thousand is listed instead",
}

ids = [k for k in texts if not k.startswith("//") and k not in PENDING]
ids.remove(DEFAULT_ID)
ids.insert(0, DEFAULT_ID)

index_path = os.path.join(LIB, "index.json")
index = json.load(open(index_path, encoding="utf-8"))
others = [e for e in index["scenarios"] if e["id"] not in ids and e["id"] not in PENDING]


def one_line(t):
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", t["description"], maxsplit=1)[0]
    return t["title"] + ". " + first


entries = [{"id": i, "path": f"{i}/{i}.json", "description": one_line(texts[i])} for i in ids] + others
lines = ["{", '  "//": ' + json.dumps(index.get("//", ""), ensure_ascii=False) + ",", '  "scenarios": [']
for n, e in enumerate(entries):
    body = ", ".join(f'{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}' for k, v in e.items())
    lines.append("    { " + body + " }" + ("," if n < len(entries) - 1 else ""))
lines += ["  ]", "}"]
open(index_path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"index.json: {len(entries)} entries, first {entries[0]['id']}")
