#!/usr/bin/env python3
"""Rewrites the generated tables of docs/corpus.md from the corpora themselves.

- Lecture programs: test/src/test/resources/corpus/<name>/main.go (what it shows: the program's
  first comment line) and corpus/expectations.txt (status).
- Broken Go files: scenarios/src/test/resources/broken/go/<case>.go, the first line of
  <case>.expected (what Go says) and broken/go/mismatches.txt (status).

The tables sit between "<!-- programs -->" / "<!-- /programs -->" and "<!-- broken -->" /
"<!-- /broken -->"; the text around them is kept. CorpusFidelityTest checks the programs table.
Usage: tools/update-corpus-docs.py   (python3, no arguments)
"""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "test/src/test/resources/corpus")
BROKEN = os.path.join(ROOT, "scenarios/src/test/resources/broken/go")
DOC = os.path.join(ROOT, "docs/corpus.md")


def expectations():
    out = {}
    for line in open(os.path.join(CORPUS, "expectations.txt"), encoding="utf-8"):
        if line.startswith("== "):
            name, kind, reason = line[3:].rstrip("\n").split(" | ", 2)
            out[name] = (kind, reason)
    return out


def programs_table():
    exp = expectations()
    rows = ["| program | what it shows | status |", "|---|---|---|"]
    for name in sorted(os.listdir(CORPUS)):
        src = os.path.join(CORPUS, name, "main.go")
        if not os.path.isfile(src):
            continue
        first = open(src, encoding="utf-8").readline()
        shows = re.sub(r"^//\s*", "", first).strip().replace("|", "\\|")
        kind, reason = exp.get(name, ("matches", ""))
        status = "matches" if kind == "matches" else ("waits: " if kind == "not-modelled" else "differs: ") + reason
        link = f"../test/src/test/resources/corpus/{name}/main.go"
        rows.append(f"| [`{name}`]({link}) | {shows} | {status} |")
    return rows


def broken_table():
    mismatches = {}
    for line in open(os.path.join(BROKEN, "mismatches.txt"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            case, why = line.rstrip("\n").split(" | ", 1)
            mismatches[case] = why
    rows = ["| case | what go1.19 prints (first line) | GoroLab |", "|---|---|---|"]
    for f in sorted(os.listdir(BROKEN)):
        if not f.endswith(".go"):
            continue
        case = f[:-3]
        first = open(os.path.join(BROKEN, case + ".expected"), encoding="utf-8").readline().strip()
        first = first.split(": ", 1)[1] if first.startswith(case) else first
        status = "differs: " + mismatches[case] if case in mismatches else "same"
        rows.append(f"| [`{case}`](../scenarios/src/test/resources/broken/go/{f}) | `{first}` | {status} |")
    return rows


def replace(text, tag, rows):
    pattern = re.compile(rf"(<!-- {tag} -->\n).*?(<!-- /{tag} -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"docs/corpus.md: missing <!-- {tag} --> ... <!-- /{tag} -->")
    return pattern.sub(lambda m: m.group(1) + "\n".join(rows) + "\n" + m.group(2), text)


text = open(DOC, encoding="utf-8").read()
text = replace(text, "programs", programs_table())
text = replace(text, "broken", broken_table())
open(DOC, "w", encoding="utf-8").write(text)
print("docs/corpus.md: tables rewritten")
