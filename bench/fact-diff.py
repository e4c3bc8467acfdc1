#!/usr/bin/env python3
"""Lists what a change did to the facts of unseen articles: two outputs of `newsfacts extract
--format jsonl` on the same input (before, after), compared article by article. Prints each direct
quote whose speaker changed (or that appeared or went), then each entity (canonical name and type)
that appeared or went, with the sentence around it, and counts at the end. Read every line: a change
is right, wrong or neutral only by the article's text.
usage: bench/fact-diff.py BEFORE.jsonl AFTER.jsonl [--quotes|--entities]
"""
import json, sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return {r.get("source") or r.get("id"): r for r in map(json.loads, f)}


def around(text, start, end, width=90):
    s = text[max(0, start - width):min(len(text), end + width)].replace("\n", " / ")
    return s


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    show_quotes = "--entities" not in argv
    show_entities = "--quotes" not in argv
    before, after = load(args[0]), load(args[1])
    counts = {"speaker changed": 0, "quote new": 0, "quote gone": 0, "entity new": 0, "entity gone": 0,
              "none before": 0, "none after": 0, "direct quotes after": 0}
    for key, new in after.items():
        old = before.get(key)
        if old is None:
            continue
        text = new.get("text") or ""
        if show_quotes:
            old_q = {(q["start"], q["end"]): q for q in old["quotes"] if q["kind"] == "direct"}
            new_q = {(q["start"], q["end"]): q for q in new["quotes"] if q["kind"] == "direct"}
            counts["direct quotes after"] += len(new_q)
            counts["none before"] += sum(1 for q in old_q.values() if not q.get("speaker"))
            counts["none after"] += sum(1 for q in new_q.values() if not q.get("speaker"))
            for span in sorted(old_q.keys() | new_q.keys()):
                a, b = old_q.get(span), new_q.get(span)
                if a and b and a.get("speaker") == b.get("speaker"):
                    continue
                kind = "speaker changed" if a and b else ("quote new" if b else "quote gone")
                counts[kind] += 1
                q = b or a
                print(f"{key} [{kind}] {a and a.get('speaker')!r} ({a and a.get('speakerEvidence')}) -> "
                      f"{b and b.get('speaker')!r} ({b and b.get('speakerEvidence')})")
                print(f"    {around(text, q['start'], q['end'])}")
        if show_entities:
            old_e = {(e.get("canonical") or e["text"], e["type"]) for e in old["entities"]}
            new_e = {(e.get("canonical") or e["text"], e["type"]): e for e in new["entities"]}
            for name, kind in sorted(old_e - new_e.keys()):
                counts["entity gone"] += 1
                print(f"{key} [entity gone] {name!r} {kind}")
            for name, kind in sorted(new_e.keys() - old_e):
                counts["entity new"] += 1
                e = new_e[(name, kind)]
                print(f"{key} [entity new] {name!r} {kind}: {around(text, e['start'], e['end'], 60)}")
    print("; ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
