#!/usr/bin/env python3
"""Writes the sample corpus's PDF and DOCX articles from the texts below (python3, no packages).

Run from anywhere: python3 corpus/.build/make_formats.py. The articles are written for the project
(invented people and stories, real places and institutions). This folder is hidden, so
`newsfacts index corpus` does not read it. The files are small and reproducible (fixed dates in
their metadata), so regenerating them changes nothing unless a text below changed.
"""
import os
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)

ARTICLES = [
    {
        "file": "2025-04-09-demandes-asile-ofpra.pdf",
        "title": "Asile : l'Ofpra a enregistré 153 000 demandes en 2024",
        "author": "Sarah Lemaire",
        "date": "2025-04-09",
        "paragraphs": [
            "Asile : l'Ofpra a enregistré 153 000 demandes en 2024",
            "Par Sarah Lemaire, le 9 avril 2025",
            "L'Office français de protection des réfugiés et apatrides (Ofpra) a publié mardi son rapport "
            "annuel. Il a enregistré 153 000 demandes d'asile en 2024, soit 8 % de plus qu'en 2023, un record "
            "depuis sa création. Les Afghans, les Guinéens et les Turcs forment les trois premières nationalités.",
            "Le taux de protection atteint 32 % à l'Ofpra et près de 45 % après un recours devant la Cour "
            "nationale du droit d'asile (CNDA). Le délai moyen d'examen d'un dossier est descendu à quatre mois, "
            "contre sept mois en 2021.",
            "« Nous avons ouvert des antennes à Lyon, Metz, Bordeaux et Marseille pour entendre les demandeurs "
            "plus près de chez eux », a déclaré Julien Carrère, directeur général de l'Ofpra.",
            "Les associations jugent l'accueil encore insuffisant. « Près d'un demandeur d'asile sur deux n'est "
            "pas hébergé pendant l'examen de sa demande », souligne Nadia Ferhat, responsable de l'accueil des "
            "exilés à la Cimade de Montpellier.",
        ],
    },
    {
        "file": "2025-05-21-metiers-en-tension-bretagne.docx",
        "title": "Métiers en tension : 10 000 titres de séjour promis aux travailleurs étrangers",
        "author": "Yann Le Gall",
        "date": "2025-05-21",
        "paragraphs": [
            "Métiers en tension : 10 000 titres de séjour promis aux travailleurs étrangers",
            "Par Yann Le Gall, le 21 mai 2025",
            "La ministre du Travail, Claire Dorval, a annoncé mercredi à Rennes que 10 000 titres de séjour "
            "« métiers en tension » seraient délivrés cette année, contre 4 500 en 2024. La liste des métiers "
            "concernés, révisée par région, compte désormais 85 professions en Bretagne.",
            "« Un maçon ou une aide-soignante qui travaille ici depuis un an doit pouvoir obtenir un titre de "
            "séjour sans attendre des mois », a-t-elle déclaré devant des chefs d'entreprise du bâtiment.",
            "Selon la fédération régionale du BTP, environ 60 % des entreprises du bâtiment bretonnes peinent à "
            "recruter. Son président, Loïc Tanguy, réclame des permis de travail plus rapides : « Nous perdons des "
            "chantiers faute de bras. »",
            "Les syndicats demandent que la régularisation ne dépende pas du seul employeur, pour éviter que des "
            "salariés sans papiers ne restent à la merci de leur patron.",
        ],
    },
]


def pdf(article, path):
    """A one-font PDF 1.4 (Helvetica, WinAnsi): each paragraph wrapped at 88 characters."""
    lines = []
    for p in article["paragraphs"]:
        lines.extend(textwrap.wrap(p, 88))
        lines.append("")
    per_page = 52
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]

    def esc(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objects = []  # bytes of objects 1..n
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    d = article["date"].replace("-", "")
    objects.append(b"<< /Title (" + esc(article["title"]) + b") /Author (" + esc(article["author"])
                   + b") /CreationDate (D:" + d.encode() + b"080000) >>")
    for i, page in enumerate(pages):
        content = b"BT /F1 11 Tf 14 TL 56 790 Td\n"
        for line in page:
            content += b"(" + esc(line) + b") Tj T*\n"
        content += b"ET"
        objects.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                        "/Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(article, path):
    """A minimal Office Open XML document: one w:p per paragraph, the title styled Title, core properties."""
    paras = []
    for i, p in enumerate(article["paragraphs"]):
        style = '<w:pPr><w:pStyle w:val="Title"/></w:pPr>' if i == 0 else ""
        paras.append('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (style, xml(p)))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:body>%s</w:body></w:document>' % "".join(paras))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:language>fr-FR</dc:language>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%sT08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (xml(article["title"]), xml(article["author"]), article["date"]))
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/docProps/core.xml" '
             'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
             '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/>'
            '<Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/>'
            '</Relationships>')
    stamp = (2025, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in [("[Content_Types].xml", types), ("_rels/.rels", rels),
                           ("word/document.xml", document), ("docProps/core.xml", core)]:
            z.writestr(zipfile.ZipInfo(name, stamp), body.encode("utf-8"))


for a in ARTICLES:
    target = os.path.join(CORPUS, a["file"])
    (pdf if a["file"].endswith(".pdf") else docx)(a, target)
    print(target)
