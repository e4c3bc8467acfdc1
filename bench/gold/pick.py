#!/usr/bin/env python3
"""Draws a seeded batch of benchmark articles for a new gold set and writes them as NAME.txt files
(title, blank line, body: the layout of ../shared/eval/dev/articles) into OUTDIR, for annotators.

Left out: the dev articles, every article of a set already in bench/gold/sets, and articles whose
text repeats one of those (the benchmark stores some articles twice under other ids).
usage: bench/gold/pick.py SEED N OUTDIR --kind speakers|entities [--exclude DIR]...
  (--exclude: also leave out the articles of DIR, a batch drawn but not yet packed)
  speakers: articles with at least three pairs of quote marks (« », " " or “ ”), 1,500 to 7,000 characters;
  entities: 1,200 to 5,000 characters.
"""
import glob, json, os, random, re, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "..", "shared")


def used_ids():
    ids = {re.sub(r"\D", "", f) for f in os.listdir(os.path.join(shared, "eval", "dev", "articles"))
           if f.endswith(".txt")}
    for path in glob.glob(os.path.join(here, "sets", "*.json")):
        with open(path, encoding="utf-8") as f:
            ids |= {a["id"] for a in json.load(f)["articles"]}
    return ids


def quote_pairs(text):
    return max(text.count("«"), text.count('"') // 2, text.count("\u201c"))


def main(argv):
    args, kind, used = [], None, used_ids()
    it = iter(argv)
    for a in it:
        if a == "--kind":
            kind = next(it, None)
        elif a == "--exclude":
            used |= {re.sub(r"\D", "", f) for f in os.listdir(next(it)) if f.endswith(".txt")}
        else:
            args.append(a)
    if len(args) != 3 or kind not in ("speakers", "entities"):
        sys.exit(__doc__)
    seed, n, out = int(args[0]), int(args[1]), args[2]
    bench = os.path.join(shared, "bench", "fresada_regular_news_5000.jsonl")
    seen_texts, pool = set(), []
    with open(bench, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    used_texts = {r["text"] for r in rows if r["id"] in used}
    for r in rows:
        if r["id"] in used or r["text"] in used_texts or r["text"] in seen_texts:
            continue
        seen_texts.add(r["text"])
        size = len(r["text"])
        if kind == "speakers" and quote_pairs(r["text"]) >= 3 and 1500 <= size <= 7000:
            pool.append(r)
        elif kind == "entities" and 1200 <= size <= 5000:
            pool.append(r)
    os.makedirs(out, exist_ok=True)
    for r in random.Random(seed).sample(pool, n):
        with open(os.path.join(out, "fresada-%s.txt" % r["id"]), "w", encoding="utf-8") as f:
            f.write(r["title"] + "\n\n" + r["text"] + "\n")
    print(f"{n} articles of {len(pool)} in {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
