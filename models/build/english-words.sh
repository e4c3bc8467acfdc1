#!/usr/bin/env bash
# Rebuilds models/entities/lexicons/english-words.txt: the lower-case words of English (Debian
# package wamerican, SCOWL word lists by Kevin Atkinson, permissive licence: see models/README.md)
# that are no French common word: capitalised English words make titles, slogans and products
# ("Thinner Beauty", "Solar Impulse"), not people. Needs apt-get (run `apt-get update` once
# first) and python3; reads common-words.txt, so run entities-lexicons.sh first when both are
# rebuilt.
# usage: models/build/english-words.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../entities/lexicons"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download wamerican >/dev/null 2>&1 \
  || { echo "english-words: apt-get download wamerican failed (apt-get update first?)" >&2; exit 1; }
dpkg-deb -x wamerican_*.deb wamerican
version="$(dpkg-deb -f wamerican_*.deb Version)"
python3 - "$out" "$version" wamerican/usr/share/dict/american-english <<'PY'
import os, re, sys
out, version, source = sys.argv[1:]
with open(os.path.join(out, "common-words.txt"), encoding="utf-8") as f:
    french = {l.rstrip("\n") for l in f if not l.startswith("#")}
words = set()
with open(source, encoding="utf-8") as f:
    for line in f:
        w = line.strip()
        if re.fullmatch(r"[a-z]{3,}", w) and w not in french:
            words.add(w)
with open(os.path.join(out, "english-words.txt"), "w", encoding="utf-8") as f:
    f.write(f"# Debian package wamerican {version} (SCOWL, Kevin Atkinson), permissive licence\n")
    f.write("# lower-case English words of three letters or more that are no French common word\n")
    f.write("# built by models/build/english-words.sh; do not edit by hand\n")
    for w in sorted(words):
        f.write(w + "\n")
print(f"english-words.txt: {len(words)} entries")
PY
