#!/usr/bin/env python3
"""Writes the first N benchmark articles that no gold set holds (no dev article, no article of
bench/gold/sets, no repeated text) as one JSON-lines stream for `newsfacts extract`: the unseen
articles on which bench/fact-diff.py reads what a change did.
usage: bench/unseen-articles.py N OUT.jsonl
"""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold"))
from pick import shared, used_ids  # noqa: E402


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    limit, used = int(argv[0]), used_ids()
    with open(os.path.join(shared, "bench", "fresada_regular_news_5000.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    used_texts = {r["text"] for r in rows if r["id"] in used}
    seen, n = set(), 0
    with open(argv[1], "w", encoding="utf-8") as out:
        for r in rows:
            if r["id"] in used or r["text"] in used_texts or r["text"] in seen:
                continue
            seen.add(r["text"])
            out.write(json.dumps({"id": r["id"], "title": r["title"], "text": r["text"]}, ensure_ascii=False) + "\n")
            n += 1
            if n == limit:
                break
    print(f"{n} articles in {argv[1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
