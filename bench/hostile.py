#!/usr/bin/env python3
"""Issue 17's hostile inputs beside good articles: what each one costs newsfacts.

usage: bench/hostile.py ROOT WORK GOOD_DIR
Writes the hostile inputs into WORK/hostile (one file or folder per kind: nested zip bomb, deep and
wide HTML, symbolic links, terminal escapes, a broken JSON Lines stream, wrong-reason files), then
runs `newsfacts extract GOOD_DIR INPUT` once per input and once with GOOD_DIR alone (the
baseline), and prints each input's wall time and peak heap above the baseline, the articles that
came out and what stderr said. Then a large search table against JSON Lines, and a long query.
Peak heap is the largest heap occupancy before a collection in the JVM's GC log.
Only the standard library: zips are written by hand so that gigabytes of zeros cost seconds.
"""
import os
import re
import struct
import subprocess
import sys
import time
import zlib

GOOD = ("Le conseil municipal de Marseille a voté jeudi un budget de 1,5 milliard d'euros pour les écoles "
        "de la ville. « Nous avons fait le choix de l'école », a déclaré le maire, Benoît Payan.\n\n"
        "Plus de 200 000 habitants sont concernés par ce plan de rénovation.")
expected = {}
out = None


def write(name, data, articles, stderr_word):
    """Writes one input; `articles` it should give, a word its stderr line should hold."""
    path = os.path.join(out, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    expected[name] = (articles, stderr_word)


def deflated_zeros(size):
    """(raw deflate stream, crc32) of `size` zero bytes, made in chunks."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(1 << 24)
    parts, crc, left = [], 0, size
    while left > 0:
        n = min(left, len(chunk))
        parts.append(comp.compress(chunk[:n]))
        crc = zlib.crc32(chunk[:n], crc)
        left -= n
    parts.append(comp.flush())
    return b"".join(parts), crc


def zip_raw(entries):
    """A zip of (name, raw deflate data, crc, uncompressed size) entries (sizes under 4 GB)."""
    body, central = b"", b""
    for name, data, crc, size in entries:
        n = name.encode("utf-8")
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0x21, crc, len(data), size, len(n), 0) + n + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, 0, 0x21, crc, len(data), size,
                               len(n), 0, 0, 0, 0, 0, offset) + n
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(body), 0)
    return body + central + end


def zip_of(files):
    """A zip of (name, bytes) pairs, deflated."""
    entries = []
    for name, content in files:
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        data = comp.compress(content) + comp.flush()
        entries.append((name, data, zlib.crc32(content), len(content)))
    return zip_raw(entries)

def make_inputs(directory):
    global out
    out = directory
    os.makedirs(out, exist_ok=True)
    # 2. Nested archives: the 10 zips of 10 entries of 1.5 GB each (150 GB expanded).
    zeros, crc = deflated_zeros(1536 * 1024 * 1024)
    inner = zip_raw([("zeros-%d.txt" % i, zeros, crc, 1536 * 1024 * 1024) for i in range(10)])
    write("nested-bomb.zip", zip_of([("inner-%d.zip" % i, inner) for i in range(10)]), 0, "zip bomb")
    # ... and a zip of a zip of a zip of a zip: depth
    level = zip_of([("e.txt", GOOD.encode())])
    for i in range(4):
        level = zip_of([("level%d.zip" % (4 - i), level)])
    write("nested-deep.zip", level, 0, "nested more than 3 deep")
    # a gzip of 2 GB of zeros (read by Tika)
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    write("zeros.txt.gz", b"".join([comp.compress(bytes(1 << 24)) for _ in range(128)]) + comp.flush(), 0, "")

    # 3. Deep HTML below the old limit (the 4,900 levels, 54 KB; three of them), 432 KB, and deeper.
    p = "<p>" + GOOD + "</p>"
    for i in range(3):
        write("deep-4900-%d.html" % i, "<html><body>" + "<div>" * 4900 + p + "</div>" * 4900 + "</body></html>", 1,
              "flattened")
    write("deep-432k.html", "<html><body>" + "<div>" * 39000 + p + "</div>" * 39000 + "</body></html>", 1, "flattened")
    write("deep-200000-custom.html", "<html><body>" + "<x-y>" * 200000 + p + "</body></html>", 1, "flattened")
    write("deep-tables.html", "<html><body>" + "<table><tr><td>" * 3000 + p + "</td></tr></table>" * 3000
          + "</body></html>", 1, "flattened")
    chain = "<div>" * 100 + "<span>mot</span>" + "</div>" * 100
    write("just-under-limits.html", "<html><body>" + chain * 11 + p + "</body></html>", 1, "")
    write("wide-100000.html", "<html><body>" + "".join("<div class=c%d><span>mot</span></div>" % i
                                                        for i in range(50000)) + p + "</body></html>", 1, "read whole")

    # 4. Terminal escapes, in the text and in a file name.
    write("escapes.txt", "Le budget \x1b]0;pwned\x07 de Marseille\n\n\x1b[2J\x1b[31m" + GOOD, 1, "")
    write("forged\x1b[2J\nnewsfacts: fake.txt: reason.bin", bytes([0, 1, 2, 3, 255, 16]) * 100, 0, "^[[2J^J")

    # 5. A JSON Lines stream with a bad line, invalid UTF-8 and a line of 40 MB.
    lines = ['{"text": "%s"}' % GOOD.replace("\n", "\\n"), '{"text": oops}']
    stream = "\n".join(lines).encode() + b"\n" + ('{"text": "%s caf' % GOOD.replace("\n", "\\n")).encode() \
        + b"\xe9\"}\n" + b'{"text": "' + b"a" * (40 << 20) + b'"}\n'
    write("stream.jsonl", stream, 2, "invalid UTF-8")

    # 8. Wrong or lossy reasons.
    write("slip.zip", zip_of([("../../evil.txt", GOOD.encode()), ("ok.txt", GOOD.encode())]), 1, "outside the archive")
    write("drawing.svg", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>', 0, "image")
    write("feed.xml", '<?xml version="1.0"?><articles><article><corps>%s</corps></article></articles>' % GOOD, 1, "")
    write("page.xhtml", '<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY % pe "<!ENTITY x \'y\'>">\n%pe;\n]>\n'
          '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>' + GOOD + '</p></body></html>', 1, "")
    pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
           "4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 50 700 Td (Le conseil a vote un budget.) Tj ET\nendstream endobj\n"
           "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    write("cut.pdf", pdf[: len(pdf) // 2], 0, "truncated PDF")

    # 1. Symbolic links: out of the folder, loops.
    links = os.path.join(out, "links")
    os.makedirs(os.path.join(links, "sub"), exist_ok=True)
    os.symlink("/etc/passwd", os.path.join(links, "passwd.txt"))
    os.symlink("b.txt", os.path.join(links, "a.txt"))
    os.symlink("a.txt", os.path.join(links, "b.txt"))
    os.symlink("..", os.path.join(links, "sub", "up"))
    expected["links"] = (0, "symbolic link")


def run(root, args, log):
    """Runs newsfacts; returns wall s, peak heap MB, (peak RSS MB, CPU s), exit code, stdout lines, stderr."""
    env = dict(os.environ, NEWSFACTS_JAVA_OPTS="-Xmx3g -XX:+UseParallelGC -Xlog:gc:file=" + log)
    rss_file = log + ".rss"
    t0 = time.monotonic()
    p = subprocess.Popen(["/usr/bin/time", "-f", "%M %U %S", "-o", rss_file, os.path.join(root, "newsfacts")] + args,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    stdout, stderr = p.communicate()
    wall = time.monotonic() - t0
    with open(rss_file, encoding="utf-8") as f:
        kb, user, system = f.read().split()[-3:]
    rss = (int(kb) // 1024, float(user) + float(system))
    heap = 0
    with open(log, encoding="utf-8", errors="replace") as f:
        for m in re.finditer(r"(\d+)M->\d+M\(", f.read()):
            heap = max(heap, int(m.group(1)))
    return wall, heap, rss, p.returncode, stdout.decode("utf-8", "replace").count("\n"), stderr.decode("utf-8", "replace")


def main():
    root, work, good = sys.argv[1], sys.argv[2], sys.argv[3]
    n_good = len([f for f in os.listdir(good) if f.endswith(".txt")])
    hostile = os.path.join(work, "hostile")
    t0 = time.monotonic()
    make_inputs(hostile)
    print("== inputs written in %.0f s; %d good articles beside each" % (time.monotonic() - t0, n_good), flush=True)
    log = os.path.join(work, "gc.log")
    extract = ["extract", good, "--format", "jsonl", "--quiet"]
    base = [run(root, extract, log) for _ in range(2)]
    wall0 = min(b[0] for b in base)
    cpu0 = min(b[2][1] for b in base)
    heap0 = max(b[1] for b in base)
    print("baseline (%d good articles): %.1f s wall (runs: %s), %.1f s CPU, peak heap %d MB, peak RSS %d MB, "
          "%d articles" % (n_good, wall0, ", ".join("%.1f" % b[0] for b in base), cpu0, heap0, base[0][2][0],
                           base[0][4]), flush=True)
    print()
    print("| input | wall above baseline | CPU above baseline | heap above baseline | articles (expected) | good kept "
          "| exit | stderr |")
    print("|---|---|---|---|---|---|---|---|")
    worst_wall, worst_cpu, worst_heap = 0.0, 0.0, 0
    for name in sorted(os.listdir(hostile)):
        want, word = expected.get(name, (None, ""))
        wall, heap, rss, code, lines, err = run(root, extract[:2] + [os.path.join(hostile, name)] + extract[2:], log)
        got = lines - n_good
        said = [l for l in err.splitlines() if l.startswith("newsfacts: " + os.path.join(hostile, ""))]
        first = said[0][len("newsfacts: " + hostile) + 1:] if said else ""
        ok = (want is None or got >= want) and (not word or word in err)
        worst_wall, worst_heap = max(worst_wall, wall - wall0), max(worst_heap, heap - heap0)
        worst_cpu = max(worst_cpu, rss[1] - cpu0)
        print("| %s | %+.1f s | %+.1f s | %+d MB | %d (%s) | %s | %d | %d line(s): %s%s |" % (
            name.encode("unicode_escape").decode(), wall - wall0, rss[1] - cpu0, heap - heap0, got, want,
            "yes" if lines >= n_good else "NO", code, len(said), first[:110].replace("|", "/"),
            "" if ok else " **UNEXPECTED**"), flush=True)
    print()
    print("worst input: %+.1f s wall, %+.1f s CPU, %+d MB heap above the baseline" % (worst_wall, worst_cpu, worst_heap))

    wall, heap, rss, code, lines, err = run(root, extract[:2] + [hostile] + extract[2:], log)
    print("all inputs together: %.1f s wall, %.1f s CPU, peak heap %d MB, peak RSS %d MB, exit %d, %d articles, "
          "%d stderr lines" % (wall, rss[1], heap, rss[0], code, lines, len(err.splitlines())), flush=True)
    index = os.path.join(work, "index")
    wall, heap, rss, code, lines, err = run(root, ["index", good, hostile, "--index", index, "--quiet"], log)
    print("index of all: %.1f s wall, peak heap %d MB, exit %d, %s" % (wall, heap, code, "; ".join(
        l for l in err.splitlines() if "links" in l)[:300]), flush=True)

    print()
    print("== search: a large table against JSON Lines (every fact of the index)")
    for fmt in ("jsonl", "table"):
        wall, heap, rss, code, lines, err = run(root, ["search", "/.*.*.*.*/", "--index", index, "--limit", "100000",
                                                      "--format", fmt], log)
        print("%-5s: %.1f s wall, %d lines, exit %d" % (fmt, wall, lines, code), flush=True)
    words = " ".join("mot%d" % i for i in range(5000))
    wall, heap, rss, code, lines, err = run(root, ["search", words, "--index", index], log)
    print("a query of 5,000 words: exit %d, %.1f s, stderr %d characters: %s" % (code, wall, len(err), err.strip()))


if __name__ == "__main__":
    main()
