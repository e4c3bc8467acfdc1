#!/usr/bin/env python3
"""Writes models/quotes/verb-forms.txt from the Dicollecte French dictionary that
entities-lexicons.sh unpacked: every third-person finite form (indicative, conditional) and every
past participle of its verbs, one "form<TAB>kind" a line, kind "3" (third person), "p" (past
participle) or "3p" (both). The quote reader uses it to see an incise's verb by its form right
after a quote ("», anticipe X", "», avait à l'époque réagi X") when the verb is in no list."""
import argparse
import re

import hunspell_expand

FINITE = {"ipre", "iimp", "ipsi", "ifut", "cond"}
WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ]+(?:-[a-zàâäçéèêëîïôöùûüÿœæ]+)*")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    for a in ("dic", "aff", "dicollecte-version", "out"):
        p.add_argument("--" + a, required=True)
    args = p.parse_args()
    kinds = {}
    for form, _, fields in hunspell_expand.expand(args.dic, args.aff):
        if not WORD.fullmatch(form):
            continue
        pos = set(re.findall(r"po:(\w+)", fields))
        if not any(t.startswith("v") for t in pos):
            continue  # "po:v1_it____a": a verb's forms only
        kind = kinds.get(form, "")
        if pos & FINITE and pos & {"3sg", "3pl"} and "3" not in kind:
            kind = "3" + kind
        if "ppas" in pos and "p" not in kind:
            kind += "p"
        if kind:
            kinds[form] = kind
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# Dicollecte French dictionary ({args.dicollecte_version}, Debian package"
                " hunspell-fr-comprehensive), licence MPL 2.0\n")
        f.write("# verb forms: third-person finite (indicative, conditional) = 3, past participle = p\n")
        f.write("# built by models/build/entities-lexicons.sh (verb_forms.py); do not edit by hand\n")
        for form in sorted(kinds):
            f.write(f"{form}\t{kinds[form]}\n")
    print(f"verb-forms.txt: {len(kinds)} entries")


if __name__ == "__main__":
    main()
