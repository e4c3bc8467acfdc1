#!/usr/bin/env python3
"""Speaker accuracy of a gold set broken down by how the tool found each speaker (speakerEvidence):
per evidence, how many gold quotes got the right speaker, a wrong one, or none, matched as
../shared/eval/score.py matches them. Totals only, no quote printed: usable on clean sets.
usage: bench/gold/by-evidence.py EXTRACT.jsonl GOLD.json...
"""
import collections, json, re, sys, unicodedata


def fold(s):
    s = (s or "").replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).strip().lower())
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    with open(argv[0], encoding="utf-8") as f:
        preds = [json.loads(line) for line in f if line.strip()]
    tally = collections.defaultdict(collections.Counter)
    for path in argv[1:]:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        pred = next((p for p in preds if (p.get("source") or "").endswith(gold["article"])), None)
        golds = gold.get("quotes", [])
        used = [False] * len(golds)
        for q in (pred or {}).get("quotes", []):
            text = fold(q.get("text"))
            hit = next((i for i, g in enumerate(golds) if not used[i] and fold(g["contains"]) in text), None)
            if hit is None:
                continue
            used[hit] = True
            last = re.sub(r"^(?:d|l|qu)'", "", fold(golds[hit]["speaker"]).split()[-1])
            evidence = q.get("speakerEvidence") or "none"
            if not q.get("speaker"):
                tally[evidence]["none"] += 1
            elif last in fold(q.get("speaker")):
                tally[evidence]["right"] += 1
            else:
                tally[evidence]["wrong"] += 1
        tally["(quote not found)"]["none"] += used.count(False)
    for evidence, c in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{evidence:22} right {c['right']:3}  wrong {c['wrong']:3}  none {c['none']:3}")


if __name__ == "__main__":
    main(sys.argv[1:])
