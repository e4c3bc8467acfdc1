"""Expands a Hunspell dictionary (.dic + .aff, FLAG long) into its word forms.

Only suffixes are applied (the French dictionary's prefixes are elisions such as "l'" and "d'",
which never start a name), each suffix once, with the continuation suffixes it allows once more.
Yields (form, stem, fields) where fields are the morphological fields of the stem and of the
suffix (Dicollecte's "po:nom", "po:prn", "is:pl" ...).
"""
import re


class Suffix:
    __slots__ = ("strip", "add", "cont", "cond", "morph")

    def __init__(self, strip, add, cont, cond, morph):
        self.strip = "" if strip == "0" else strip
        self.add = "" if add == "0" else add
        self.cont = cont
        self.cond = re.compile("(?:" + cond + ")$") if cond != "." else None
        self.morph = morph


def flags(s):
    """FLAG long: two characters a flag."""
    return [s[i:i + 2] for i in range(0, len(s) - 1, 2)]


def read_aff(path):
    suffixes = {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        parts = lines[i].split()
        if len(parts) == 4 and parts[0] == "SFX" and parts[2] in ("Y", "N"):
            flag, count = parts[1], int(parts[3])
            rules = []
            for line in lines[i + 1:i + 1 + count]:
                p = line.split()
                add, _, cont = p[3].partition("/")
                rules.append(Suffix(p[2], add, flags(cont), p[4] if len(p) > 4 else ".",
                                    " ".join(p[5:])))
            suffixes[flag] = rules
            i += count
        i += 1
    return suffixes


def read_dic(path):
    """(stem, flags, fields) for each line of the dictionary."""
    with open(path, encoding="utf-8") as f:
        next(f)  # the word count
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            head, _, fields = line.partition(" ")
            if "\t" in head:
                head, _, more = head.partition("\t")
                fields = more + " " + fields
            stem, _, fl = head.partition("/")
            yield stem, flags(fl), fields.strip()


def apply(word, rule):
    if rule.strip and not word.endswith(rule.strip):
        return None
    if rule.cond is not None and not rule.cond.search(word):
        return None
    return word[:len(word) - len(rule.strip)] + rule.add


def expand(dic, aff, needaffix="()"):
    suffixes = read_aff(aff)
    for stem, fl, fields in read_dic(dic):
        if needaffix not in fl:
            yield stem, stem, fields
        for flag in fl:
            for rule in suffixes.get(flag, ()):
                form = apply(stem, rule)
                if form is None:
                    continue
                yield form, stem, (fields + " " + rule.morph).strip()
                for flag2 in rule.cont:
                    for rule2 in suffixes.get(flag2, ()):
                        form2 = apply(form, rule2)
                        if form2 is not None:
                            yield form2, stem, (fields + " " + rule.morph + " " + rule2.morph).strip()
