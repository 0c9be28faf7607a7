#!/usr/bin/env python3
"""Brings library/index.json in step with the library folder.

Every folder library/<id>/ holding <id>.json (the scenario's texts and settings) and <id>.go (the
program) gets an entry; entries keep their order and their "large" flag, new folders are added at
the end, entries of folders that are gone are dropped. A new entry's one-line description is the
scenario's title and the first sentence of its description; existing descriptions are kept (edit
them in index.json).
Usage: tools/update-library-index.py   (python3, no arguments)
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB = os.path.join(ROOT, "scenarios/src/main/resources/dev/gorolab/scenario/library")
index_path = os.path.join(LIB, "index.json")
index = json.load(open(index_path, encoding="utf-8"))

folders = sorted(
    d for d in os.listdir(LIB)
    if os.path.isfile(os.path.join(LIB, d, d + ".json")) and os.path.isfile(os.path.join(LIB, d, d + ".go"))
)
ids = [e["id"] for e in index["scenarios"] if e["id"] in folders] + [d for d in folders if d not in
                                                                      {e["id"] for e in index["scenarios"]}]
old = {e["id"]: e for e in index["scenarios"]}


def one_line(scenario):
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", scenario["description"], maxsplit=1)[0]
    return scenario["title"] + ". " + first


lines = ["{", '  "//": ' + json.dumps(index.get("//", ""), ensure_ascii=False) + ",", '  "scenarios": [']
for n, i in enumerate(ids):
    if i in old:
        entry = old[i]
    else:
        entry = {"id": i, "path": f"{i}/{i}.json",
                 "description": one_line(json.load(open(os.path.join(LIB, i, i + ".json"), encoding="utf-8")))}
    body = ", ".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in entry.items())
    lines.append("    { " + body + " }" + ("," if n < len(ids) - 1 else ""))
lines += ["  ]", "}"]
open(index_path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"index.json: {len(ids)} entries, first {ids[0]}")
