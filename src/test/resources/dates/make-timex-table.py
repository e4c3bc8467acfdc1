#!/usr/bin/env python3
"""Writes timex-table.tsv: French temporal expressions by TimeML/TIMEX3 category, with the value
a careful annotator gives each against an anchor (the publication date).

Columns: expression <TAB> anchor <TAB> type <TAB> value. The expression is the whole text the test
reads; it may hold a preposition the TIMEX3 span leaves out ("depuis trois ans" -> "trois ans").
Values are computed here with Python's own calendar (datetime), not by the Java code under test.
Combinations are generated systematically (every month x forms, every unit x number word x
modifier, ...); hand-written rows per category follow in timex-table-hand.tsv, appended as is.

Run from this folder:  python3 make-timex-table.py > timex-table.tsv
"""
import datetime as dt

D = dt.date
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
NUMBER_WORDS = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept",
                8: "huit", 9: "neuf", 10: "dix", 11: "onze", 12: "douze", 13: "treize",
                14: "quatorze", 15: "quinze", 16: "seize", 17: "dix-sept", 18: "dix-huit",
                19: "dix-neuf", 20: "vingt", 21: "vingt et un", 22: "vingt-deux", 24: "vingt-quatre",
                30: "trente", 40: "quarante", 45: "quarante-cinq", 48: "quarante-huit",
                50: "cinquante", 60: "soixante", 70: "soixante-dix", 80: "quatre-vingts",
                90: "quatre-vingt-dix", 100: "cent"}
ANCHORS = [D(2019, 5, 8), D(2016, 11, 16), D(2003, 2, 21)]
rows = []


def row(expr, anchor, typ, value):
    rows.append(f"{expr}\t{anchor.isoformat()}\t{typ}\t{value}")


def iso(d):
    return d.isoformat()


def month_value(y, m):
    return f"{y:04d}-{m:02d}"


def nearest_year(anchor, m, d):
    """The year putting month-day nearest to the anchor."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            c = D(y, m, d)
        except ValueError:
            continue
        if best is None or abs((c - anchor).days) < abs((best - anchor).days):
            best = c
    return best.year


def month_alone_year(anchor, m):
    diff = m - anchor.month
    return anchor.year - 1 if diff > 6 else anchor.year + 1 if diff < -6 else anchor.year


def last_year_of(anchor, m, d):
    c = D(anchor.year, m, d)
    return c.year if c < anchor else c.year - 1


def next_year_of(anchor, m, d):
    c = D(anchor.year, m, d)
    return c.year if c > anchor else c.year + 1


def week(d):
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


# ---- DATE: day and month, every month x forms ----
for a in ANCHORS:
    for m, name in enumerate(MONTHS, 1):
        d = (m * 5) % 27 + 1
        y = 1998 + (m * 3 + a.year) % 25
        full = D(y, m, d)
        wd = WEEKDAYS[full.weekday()]
        row(f"le {d} {name} {y}", a, "DATE", iso(full))
        row(f"{wd} {d} {name} {y}", a, "DATE", iso(full))
        row(f"le 1er {name} {y}", a, "DATE", iso(D(y, m, 1)))
        row(f"depuis le {d} {name} {y}", a, "DATE", iso(full))
        row(f"le {d} {name}", a, "DATE", iso(D(nearest_year(a, m, d), m, d)))
        row(f"jusqu'au {d} {name}", a, "DATE", iso(D(nearest_year(a, m, d), m, d)))
        if D(a.year, m, d) != a:
            row(f"le {d} {name} dernier", a, "DATE", iso(D(last_year_of(a, m, d), m, d)))
            row(f"le {d} {name} prochain", a, "DATE", iso(D(next_year_of(a, m, d), m, d)))
        # the month
        row(f"{name} {y}", a, "DATE", month_value(y, m))
        row(f"en {name} {y}", a, "DATE", month_value(y, m))
        row(f"au mois de {name} {y}", a, "DATE", month_value(y, m))
        row(f"début {name} {y}", a, "DATE", month_value(y, m))
        row(f"fin {name} {y}", a, "DATE", month_value(y, m))
        row(f"à la mi-{name} {y}", a, "DATE", month_value(y, m))
        row(f"en {name}", a, "DATE", month_value(month_alone_year(a, m), m))
        row(f"fin {name}", a, "DATE", month_value(month_alone_year(a, m), m))
        row(f"début {name}", a, "DATE", month_value(month_alone_year(a, m), m))
        row(f"courant {name}", a, "DATE", month_value(month_alone_year(a, m), m))
        if m != a.month:
            ly = a.year if m < a.month else a.year - 1
            ny = a.year if m > a.month else a.year + 1
            row(f"en {name} dernier", a, "DATE", month_value(ly, m))
            row(f"{name} prochain", a, "DATE", month_value(ny, m))
        # a day range inside the month, and across to the next month
        if d <= 26:
            row(f"du {d} au {d + 2} {name} {y}", a, "DATE", f"{iso(full)}/{iso(D(y, m, d + 2))}")
            row(f"entre le {d} et le {d + 2} {name} {y}", a, "DATE", f"{iso(full)}/{iso(D(y, m, d + 2))}")
        if m < 12:
            row(f"du {d} {name} au 3 {MONTHS[m]} {y}", a, "DATE", f"{iso(full)}/{iso(D(y, m + 1, 3))}")
        # numeric forms
        row(f"{d:02d}/{m:02d}/{y}", a, "DATE", iso(full))
        row(f"{d}.{m:02d}.{y}", a, "DATE", iso(full))

# ---- DATE: years and their edges ----
a = ANCHORS[0]
for y in (1789, 1945, 1968, 1999, 2000, 2008, 2015, 2020, 2030):
    for form in ("en {y}", "l'année {y}", "début {y}", "fin {y}", "mi-{y}", "courant {y}",
                 "depuis {y}", "d'ici à {y}", "d'ici {y}", "jusqu'en {y}", "à la fin de {y}",
                 "au début de {y}", "dès {y}"):
        row(form.format(y=y), a, "DATE", f"{y:04d}")
for y1, y2 in ((1990, 1999), (2010, 2015), (2016, 2017), (1914, 1918)):
    row(f"{y1}-{y2}", a, "DATE", f"{y1}/{y2}")
    row(f"entre {y1} et {y2}", a, "DATE", f"{y1}/{y2}")
    row(f"de {y1} à {y2}", a, "DATE", f"{y1}/{y2}")

# ---- DATE: decades and centuries ----
for dec in (20, 30, 50, 60, 70, 80, 90):
    row(f"les années {dec}", a, "DATE", f"19{dec // 10}")
    row(f"les années 19{dec}", a, "DATE", f"19{dec // 10}")
    row(f"dans les années {NUMBER_WORDS[dec]}", a, "DATE", f"19{dec // 10}")
row("les années 2000", a, "DATE", "200")
row("les années 2010", a, "DATE", "201")
ROMAN = {15: "XV", 16: "XVI", 17: "XVII", 18: "XVIII", 19: "XIX", 20: "XX", 21: "XXI"}
for c, r in ROMAN.items():
    row(f"le {r}e siècle", a, "DATE", f"{c - 1:02d}")
    row(f"au {r}ème siècle", a, "DATE", f"{c - 1:02d}")
    row(f"le {c}e siècle", a, "DATE", f"{c - 1:02d}")

# ---- DURATION: every unit x number x modifier ----
UNITS = [("seconde", "secondes", "PT{n}S"), ("minute", "minutes", "PT{n}M"), ("heure", "heures", "PT{n}H"),
         ("jour", "jours", "P{n}D"), ("semaine", "semaines", "P{n}W"), ("mois", "mois", "P{n}M"),
         ("an", "ans", "P{n}Y"), ("année", "années", "P{n}Y"), ("décennie", "décennies", "P{n}DE"),
         ("siècle", "siècles", "P{n}CE")]
FEMININE = {"seconde", "minute", "heure", "semaine", "année", "décennie"}
for sing, plur, fmt in UNITS:
    for n in (1, 2, 3, 5, 10, 15, 20):
        word = ("une" if sing in FEMININE else "un") if n == 1 else NUMBER_WORDS[n]
        unit = sing if n == 1 else plur
        value = fmt.format(n=n)
        for prep in ("pendant", "depuis", "durant", "après", "en", "pour"):
            if prep == "après" and plur == "heures":
                continue  # "après deux heures" is as often a clock time
            row(f"{prep} {word} {unit}", a, "DURATION", value)
        if n > 1:
            row(f"pendant {n} {unit}", a, "DURATION", value)
            row(f"depuis plus de {word} {unit}", a, "DURATION", value)
            row(f"pendant environ {word} {unit}", a, "DURATION", value)
            row(f"depuis près de {word} {unit}", a, "DURATION", value)
    vague = fmt.format(n="X")
    for q in ("quelques", "plusieurs", "de longues" if plur in ("heures", "semaines", "années", "minutes") else "de longs"):
        row(f"depuis {q} {plur}", a, "DURATION", vague)
    if plur != "ans":
        row(f"pendant des {plur}", a, "DURATION", vague)
for about, n in (("une dizaine", 10), ("une quinzaine", 15), ("une vingtaine", 20), ("une trentaine", 30)):
    for sing, plur, fmt in UNITS[3:8]:
        if plur == "ans":
            continue  # "une dizaine d'années", not "d'ans"
        glue = "d'" if plur[0] in "aeiouéè" else "de "
        row(f"depuis {about} {glue}{plur}", a, "DURATION", fmt.format(n=n))

# ---- DATE: ago and in, before and after the story's day ----
for a in ANCHORS[:2]:
    for n in (1, 2, 3, 6, 10):
        for sing, plur, gran in (("jour", "jours", "D"), ("semaine", "semaines", "W"), ("mois", "mois", "M"),
                                 ("an", "ans", "Y")):
            word = ("une" if sing in FEMININE else "un") if n == 1 else NUMBER_WORDS[n]
            unit = sing if n == 1 else plur
            for sign, phrase in ((-1, "il y a {w} {u}"), (1, "dans {w} {u}"), (1, "{w} {u} plus tard"),
                                 (-1, "{w} {u} plus tôt")):
                if gran == "D":
                    v = iso(a + dt.timedelta(days=sign * n))
                elif gran == "W":
                    v = iso(a + dt.timedelta(weeks=sign * n))
                elif gran == "M":
                    k = a.year * 12 + a.month - 1 + sign * n
                    v = month_value(k // 12, k % 12 + 1)
                else:
                    v = f"{a.year + sign * n:04d}"
                row(phrase.format(w=word, u=unit), a, "DATE", v)

# ---- DATE: a unit relative to today ----
for a in ANCHORS:
    prev_m = (a.year * 12 + a.month - 2)
    next_m = (a.year * 12 + a.month)
    table = [
        ("la semaine dernière", week(a - dt.timedelta(weeks=1))), ("la semaine passée", week(a - dt.timedelta(weeks=1))),
        ("la semaine prochaine", week(a + dt.timedelta(weeks=1))), ("cette semaine", week(a)),
        ("en début de semaine", week(a)), ("en fin de semaine", week(a)), ("en milieu de semaine", week(a)),
        ("le mois dernier", month_value(prev_m // 12, prev_m % 12 + 1)),
        ("le mois prochain", month_value(next_m // 12, next_m % 12 + 1)),
        ("ce mois-ci", month_value(a.year, a.month)), ("en début de mois", month_value(a.year, a.month)),
        ("à la fin du mois", month_value(a.year, a.month)), ("en fin de mois", month_value(a.year, a.month)),
        ("l'an dernier", str(a.year - 1)), ("l'année dernière", str(a.year - 1)), ("l'an passé", str(a.year - 1)),
        ("l'année passée", str(a.year - 1)), ("l'an prochain", str(a.year + 1)),
        ("l'année prochaine", str(a.year + 1)), ("cette année", str(a.year)), ("en fin d'année", str(a.year)),
        ("en début d'année", str(a.year)), ("à la fin de l'année", str(a.year)), ("d'ici la fin de l'année", str(a.year)),
        ("au début de l'année", str(a.year)), ("l'année en cours", str(a.year)),
        ("le week-end dernier", week(a - dt.timedelta(days=a.weekday() + 2)) + "-WE"),
        ("le week-end prochain", week(a + dt.timedelta(weeks=1)) + "-WE"),
        ("ce week-end", week(a) + "-WE"),
    ]
    for expr, v in table:
        row(expr, a, "DATE", v)

# ---- DATE/TIME: days relative to today, with parts of day ----
PODS = [("", None), (" matin", "MO"), (" après-midi", "AF"), (" soir", "EV"), (" dans la soirée", "EV"),
        (" en fin de matinée", "MO"), (" en début d'après-midi", "AF"), (" dans la nuit", "NI"), (" midi", "12:00")]
for a in ANCHORS:
    for word, off in (("hier", -1), ("aujourd'hui", 0), ("demain", 1), ("avant-hier", -2), ("après-demain", 2)):
        for pod, code in PODS:
            if word == "aujourd'hui" and pod in (" soir", " matin", " après-midi", " midi"):
                continue
            day = a + dt.timedelta(days=off)
            row(word + pod, a, "DATE" if code is None else "TIME", iso(day) if code is None else f"{iso(day)}T{code}")
    for word, off in (("la veille", -1), ("le lendemain", 1), ("le surlendemain", 2), ("l'avant-veille", -2)):
        row(word, a, "DATE", iso(a + dt.timedelta(days=off)))
    for word, off in (("la veille au soir", -1), ("le lendemain matin", 1)):
        row(word, a, "TIME", f"{iso(a + dt.timedelta(days=off))}T{'EV' if off < 0 else 'MO'}")

# ---- DATE: weekdays with a modifier ----
for a in ANCHORS:
    for k, wd in enumerate(WEEKDAYS):
        back = (a.weekday() - k) % 7 or 7
        fwd = (k - a.weekday()) % 7 or 7
        row(f"{wd} dernier", a, "DATE", iso(a - dt.timedelta(days=back)))
        row(f"{wd} prochain", a, "DATE", iso(a + dt.timedelta(days=fwd)))
        row(f"{wd} dernier au soir", a, "TIME", f"{iso(a - dt.timedelta(days=back))}TEV")
        row(f"chaque {wd}", a, "SET", f"XXXX-WXX-{k + 1}")
        row(f"tous les {wd}s", a, "SET", f"XXXX-WXX-{k + 1}")

# ---- TIME: clock times, the day being the anchor ----
a = ANCHORS[0]
for h in (0, 1, 7, 8, 9, 11, 12, 13, 14, 17, 18, 20, 21, 23):
    for mm in (0, 5, 30, 45):
        v = f"{iso(a)}T{h:02d}:{mm:02d}"
        row(f"à {h} h {mm:02d}" if mm else f"à {h} h", a, "TIME", v)
        row(f"{h}h{mm:02d}" if mm else f"{h}h", a, "TIME", v)
        row(f"vers {h} h {mm:02d}" if mm else f"vers {h} heures", a, "TIME", v)
        if mm in (0, 30):
            row(f"{h:02d}:{mm:02d}", a, "TIME", v)
    if h in NUMBER_WORDS and 0 < h < 13:
        word = "une" if h == 1 else NUMBER_WORDS[h]
        row(f"à {word} heure{'s' if h > 1 else ''}", a, "TIME", f"{iso(a)}T{h:02d}:00")
        row(f"à {word} heure{'s' if h > 1 else ''} et quart", a, "TIME", f"{iso(a)}T{h:02d}:15")
        row(f"à {word} heure{'s' if h > 1 else ''} et demie", a, "TIME", f"{iso(a)}T{h:02d}:30")
        if h < 12:
            row(f"à {h} heures du soir", a, "TIME", f"{iso(a)}T{h + 12:02d}:00")
            row(f"à {h} heures du matin", a, "TIME", f"{iso(a)}T{h:02d}:00")
for expr, v in (("à midi", "12:00"), ("vers midi", "12:00"), ("à midi et demi", "12:30"), ("à minuit", None),
                ("peu avant 20 h", "20:00"), ("peu après 22 h", "22:00"), ("dès 8 h", "08:00"),
                ("jusqu'à 18 h", "18:00"), ("aux alentours de 15 h", "15:00"), ("autour de 15 h", "15:00")):
    row(expr, a, "TIME", f"{iso(a + dt.timedelta(days=1))}T00:00" if v is None else f"{iso(a)}T{v}")

# ---- TIME: parts of this day ----
for a in ANCHORS:
    for expr, code in (("ce matin", "MO"), ("cet après-midi", "AF"), ("ce soir", "EV"), ("cette nuit", "NI"),
                       ("dans la matinée", "MO"), ("dans la soirée", "EV"), ("en fin de matinée", "MO"),
                       ("en début d'après-midi", "AF"), ("en fin d'après-midi", "AF"), ("en fin de soirée", "EV"),
                       ("dans la nuit", "NI"), ("en soirée", "EV"), ("en matinée", "MO"), ("dans l'après-midi", "AF"),
                       ("en cours de journée", "DT"), ("en début de soirée", "EV")):
        row(expr, a, "TIME", f"{iso(a)}T{code}")

# ---- DATE: seasons ----
SEASONS = [("printemps", "SP", "au"), ("été", "SU", "l'"), ("automne", "FA", "à l'"), ("hiver", "WI", "l'")]
for y in (1999, 2012, 2018):
    for name, code, det in SEASONS:
        row(f"{det}{'' if det.endswith(chr(39)) else ' '}{name} {y}", ANCHORS[0], "DATE", f"{y}-{code}")
        row(f"en {name} {y}" if name != "printemps" else f"au printemps {y}", ANCHORS[0], "DATE", f"{y}-{code}")

# ---- SET ----
for a in ANCHORS[:1]:
    for word, code in (("jour", "P1D"), ("semaine", "P1W"), ("mois", "P1M"), ("année", "P1Y"), ("an", "P1Y")):
        row(f"chaque {word}", a, "SET", code)
    for word, code in (("jours", "P1D"), ("ans", "P1Y"), ("mois", "P1M")):
        row(f"tous les {word}", a, "SET", code)
    row("toutes les semaines", a, "SET", "P1W")
    row("toutes les heures", a, "SET", "PT1H")
    for n in (2, 3, 4, 5, 10):
        row(f"tous les {n} ans", a, "SET", f"P{n}Y")
        row(f"tous les {NUMBER_WORDS[n]} mois", a, "SET", f"P{n}M")
        row(f"toutes les {NUMBER_WORDS[n]} semaines", a, "SET", f"P{n}W")
        row(f"toutes les {n} heures", a, "SET", f"PT{n}H")
    for pod, code in (("matins", "MO"), ("soirs", "EV"), ("nuits", "NI")):
        row(f"tous les {pod}", a, "SET", f"XXXX-XX-XXT{code}")
    for pod, code in (("matin", "MO"), ("soir", "EV"), ("nuit", "NI")):
        row(f"chaque {pod}", a, "SET", f"XXXX-XX-XXT{code}")

# ---- DATE: quarters and halves ----
for y in (2015, 2019):
    for ordw, n in (("premier", 1), ("deuxième", 2), ("troisième", 3), ("quatrième", 4)):
        row(f"au {ordw} trimestre {y}", ANCHORS[0], "DATE", f"{y}-Q{n}")
        row(f"le {ordw} trimestre {y}", ANCHORS[0], "DATE", f"{y}-Q{n}")
    for ordw, n in (("premier", 1), ("second", 2)):
        row(f"au {ordw} semestre {y}", ANCHORS[0], "DATE", f"{y}-H{n}")

for r in rows:
    print(r)
