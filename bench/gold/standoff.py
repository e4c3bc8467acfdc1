#!/usr/bin/env python3
"""Gold sets kept in the repository as stand-off annotation: no text of the benchmark articles.

The benchmark text (../shared/bench, CC BY-NC-SA 4.0) may not be copied into the project, yet the
gold sets annotated on it must outlive a machine. So a set is stored as bench/gold/sets/NAME.json:
per article its benchmark id, the SHA-1 of the article file, and its gold object in which every
string copied from the article (a quote fragment, an entity name, a speaker phrase) is replaced by
{"@": [start, end]}, character offsets into the article file; strings of the annotator's own
(notes, normalised names not in the text, types) stay as they are. Notes are dropped when they
quote the article at length.

usage: bench/gold/standoff.py pack DIR NAME     DIR/*.txt + *.gold.json -> bench/gold/sets/NAME.json
       bench/gold/standoff.py build OUT [NAME...]  sets (all by default) -> OUT/NAME/*.txt + *.gold.json
The article file is the benchmark's title, a blank line, the text and a newline (bench/gold/pick.py).
"""
import glob, hashlib, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
sets_dir = os.path.join(here, "sets")
bench = os.path.join(here, "..", "..", "..", "shared", "bench", "fresada_regular_news_5000.jsonl")
# keys whose string values are the annotator's labels, never copied text
LABELS = {"article", "type", "kind", "also_ok", "qualifier", "value", "low", "high"}


def article_text(row):
    return row["title"] + "\n\n" + row["text"] + "\n"


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def long_copy(note, text):
    """True when a note repeats a run of eight words or more of the article."""
    words = note.split()
    return any(" ".join(words[i:i + 8]) in text for i in range(len(words) - 7))


def pack_value(value, text, key=None):
    if isinstance(value, dict):
        return {k: pack_value(v, text, k) for k, v in value.items()
                if not (k == "note" and isinstance(v, str) and long_copy(v, text))}
    if isinstance(value, list):
        return [pack_value(v, text, key) for v in value]
    if isinstance(value, str) and key not in LABELS and value:
        at = text.find(value)
        if at >= 0:
            return {"@": [at, at + len(value)]}
    return value


def build_value(value, text):
    if isinstance(value, dict):
        if set(value) == {"@"}:
            start, end = value["@"]
            return text[start:end]
        return {k: build_value(v, text) for k, v in value.items()}
    if isinstance(value, list):
        return [build_value(v, text) for v in value]
    return value


def pack(folder, name):
    articles = []
    for gold_path in sorted(glob.glob(os.path.join(folder, "*.gold.json"))):
        text_path = gold_path[:-len(".gold.json")] + ".txt"
        with open(text_path, encoding="utf-8") as f:
            text = f.read()
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
        article_id = re.sub(r"\D", "", os.path.basename(text_path))
        packed = pack_value(gold, text)
        articles.append({"id": article_id, "sha1": sha1(text), "gold": packed})
    os.makedirs(sets_dir, exist_ok=True)
    with open(os.path.join(sets_dir, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"name": name, "articles": articles}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{name}: {len(articles)} articles packed")


def build(out, names):
    with open(bench, encoding="utf-8") as f:
        rows = {r["id"]: r for r in map(json.loads, f)}
    paths = sorted(glob.glob(os.path.join(sets_dir, "*.json")))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            gold_set = json.load(f)
        if names and gold_set["name"] not in names:
            continue
        folder = os.path.join(out, gold_set["name"])
        os.makedirs(folder, exist_ok=True)
        for article in gold_set["articles"]:
            text = article_text(rows[article["id"]])
            if sha1(text) != article["sha1"]:
                sys.exit(f"standoff: {gold_set['name']}: article {article['id']} differs from the "
                         f"benchmark text it was annotated on")
            base = os.path.join(folder, "fresada-%s" % article["id"])
            with open(base + ".txt", "w", encoding="utf-8") as f:
                f.write(text)
            with open(base + ".gold.json", "w", encoding="utf-8") as f:
                json.dump(build_value(article["gold"], text), f, ensure_ascii=False, indent=1)


def main(argv):
    if len(argv) == 3 and argv[0] == "pack":
        pack(argv[1], argv[2])
    elif len(argv) >= 2 and argv[0] == "build":
        build(argv[1], set(argv[2:]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
