#!/usr/bin/env python3
"""Writes the seed corpora tests/fuzz/corpus/NAME/ (deterministic).

Seeds are small files taken from the example content (content/), the golden
and hostile sites (tests/sites, tests/hostile) and the invalid-content cases
(tests/invalid), deduplicated and sampled evenly, plus hand-made hostile
inputs (handmade-*). Run from anywhere: python3 tests/fuzz/make_corpus.py
The corpora are committed; rerun only to refresh them.
"""
import hashlib
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/fuzz/corpus"
SOURCES = ["content", "tests/sites", "tests/hostile", "tests/invalid"]
MAX_SIZE = 16 * 1024   # per seed file
PER_TARGET = 40        # taken from the trees; the hand-made seeds come on top


def candidates(suffix):
    """(source, path) of every small file with `suffix`, in a fixed order."""
    out = []
    for src in SOURCES:
        for p in sorted((ROOT / src).rglob("*" + suffix)):
            if p.is_file() and not p.is_symlink() and p.stat().st_size <= MAX_SIZE:
                if p.name in ("README.md",) or "node_modules" in p.parts or "expected" in p.parts:
                    continue
                out.append((src, p))
    return out


def body_of(data):
    """The Markdown after the front matter (the whole text when there is none)."""
    text = data.replace(b"\r\n", b"\n")
    if text.startswith(b"\xef\xbb\xbf"):
        text = text[3:]
    if not text.startswith(b"---\n"):
        return data
    end = text.find(b"\n---\n", 3)
    return text[end + 5:] if end >= 0 else data


def pick(files, transform=lambda d: d):
    """Dedupes by content; keeps everything from the small trees and samples
    tests/invalid evenly (its cases share a base plan and differ in one file)."""
    seen, first, invalid = set(), [], []
    for src, p in files:
        data = transform(p.read_bytes())
        if not data.strip():
            continue
        h = hashlib.sha1(data).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        (invalid if src == "tests/invalid" else first).append((p, data))
    room = max(0, PER_TARGET - len(first))
    if len(first) > PER_TARGET:
        step = len(first) / PER_TARGET
        first = [first[int(i * step)] for i in range(PER_TARGET)]
        room = 0
    if invalid and room:
        step = max(1.0, len(invalid) / room)
        invalid = [invalid[int(i * step)] for i in range(min(room, len(invalid)))]
    else:
        invalid = []
    return first + invalid


def seed_name(path):
    rel = path.relative_to(ROOT).as_posix()
    for pre in ("tests/", "content/"):
        rel = rel.replace(pre, "")
    return rel.replace("/", "-")


def deep_block(levels):
    lines = []
    for i in range(levels):
        lines.append("  " * i + "a:")
    lines.append("  " * levels + "b")
    return "\n".join(lines) + "\n"


ALIAS_BOMB = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
"""

YAML_SEEDS = {
    "alias-bomb.yaml": ALIAS_BOMB,
    "alias-merge.yaml": "base: &b {title: T, unit: x}\nother:\n  <<: *b\n  unit: y\nlist: [*b, *b]\n",
    "deep-flow-seq.yaml": "a: " + "[" * 3000 + "]" * 3000 + "\n",
    "deep-flow-map.yaml": "a: " + "{a: " * 600 + "b" + "}" * 600 + "\n",
    "deep-block.yaml": deep_block(150),
    "deep-block-seq.yaml": "".join("  " * i + "-\n" for i in range(150)) + "  " * 150 + "- x\n",
    "bom-crlf.yaml": "\ufefftitle: Plan\r\norganisation: Testby\r\npublished: 2025-01-01\r\nintro: |\r\n  Linje 1\r\n  Linje 2\r\n",
    "unclosed-double.yaml": 'title: "Plan\norganisation: Testby\npublished: 2025-01-01\n',
    "unclosed-single.yaml": "title: 'Plan\n  fortsat\norganisation: Testby\n",
    "unclosed-flow.yaml": "themes: [bolig, job\ntitle: x\n",
    "tabs.yaml": "title: Plan\nperiod:\n\tstart: 2024\n",
    "two-docs.yaml": "title: A\n---\ntitle: B\n...\n",
    "big-numbers.yaml": "number: " + "9" * 400 + "\nvalue: 1e400\nx: -.inf\ny: .nan\nz: 0x1F\nw: 1_000\n",
    "tags-keys.yaml": "? [a, b]\n: c\n!!binary d: !!str 12\n&x e: *x\n\"f\\x00\\u2028\": '\\'\n",
    "escapes.yaml": 'a: "\\0\\a\\b\\e\\N\\_\\L\\P\\x41\\u00e6\\U0001F600\\\n  fortsat"\nb: "\\q"\n',
    "block-scalars.yaml": "a: |+\n  x\n\n\nb: >-2\n    y\n  z\nc: |9\n  w\n",
    "long-key.yaml": "k" * 2000 + ": v\n",
}

FRONT_SEEDS = {
    "bom-crlf.md": "\ufeff---\r\ntitle: Titel\r\nthemes: [bolig]\r\nstatus: approved\r\n---\r\n\r\nTekst.\r\n",
    "never-closed.md": "---\ntitle: Titel\nstatus: approved\n",
    "only-fence.md": "---",
    "fence-spaces.md": "---  \t\ntitle: x\n---\t \n\n---\n---\n",
    "empty-front.md": "---\n---\n",
    "dash-in-quote.md": '---\ntitle: "a\n---\nb"\n---\nTekst\n',
    "deep.md": "---\n" + deep_block(120) + "---\nx\n",
    "alias-bomb.md": "---\n" + ALIAS_BOMB + "---\nx\n",
    "unclosed-quote.md": "---\ntitle: 'Titel\nthemes: [bolig]\n---\n\nTekst.\n",
    "no-front.md": "# Overskrift\n\nTekst uden front matter.\n",
    "updates-odd.md": "---\ntitle: T\nthemes: [bolig]\nstatus: started\nupdates:\n  - date: 2025-13-40\n    progress: 250\n    status: done\n  - {}\n  - date: 2025-01-01\n---\n",
}

CSV_SEEDS = {
    "bom-crlf.csv": "\ufeffseries,period,value\r\nKommunen,2021,1\r\nKommunen,2022,2\r\n",
    "unclosed-quote.csv": 'series,period,value\n"Kommunen,2021,1\nKommunen,2022,2\n',
    "quote-in-field.csv": 'series,period,value\nKom"munen,2021,1\n"a"b,2022,2\n',
    "cr-only.csv": "series,period,value\rKommunen,2021,1\rKommunen,2022,2\r",
    "blank-lines.csv": "\n\nseries,period,value\n\n,2021,1\n  ,  ,  \n",
    "big-numbers.csv": "series,period,value\nA,2021," + "9" * 400 + "\nA,2022,1e308\nA,2023,-0\nA,2024,.5\n",
    "periods.csv": "series,period,value\nA,2021-Q1,1\nA,2021-13,2\nA,2021-H2,3\nA,99999,4\nA,2021-W53,5\n",
    "many-columns.csv": "series,period,value" + ",x" * 500 + "\nA,2021,1" + ",y" * 500 + "\n",
    "semicolons.csv": "series;period;value\nA;2021;1,5\n",
    "multiline.csv": 'series,period,value\n"To\r\nlinjer",2021,2\n"Tre\n\nlinjer",2022,"3"\n',
}

MD_SEEDS = {
    "script.md": "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nTekst <b onclick=x>fed</b>.\n",
    "schemes.md": (
        "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java\tscript:alert(1))\n"
        "[d](&#106;avascript:alert(1)) [e](javascript&colon;alert(1)) [f]( vbscript:msgbox)\n"
        "[g](data:text/html;base64,PHNjcmlwdD4=) ![h](data:image/svg+xml,<svg onload=alert(1)>)\n"
        "<javascript:alert(1)> [i][ref] [j](%6Aavascript:alert(1)) [k](\x01javascript:alert(1))\n\n"
        "[ref]: javascript:alert(1) \"titel\"\n"
    ),
    "crossrefs.md": (
        "[a](initiative:a) [b](page:javascript:alert(1)) [c](theme:x#y) [d](indicator:) "
        "[e](assets/fil.txt?x#y) [f](/assets/../../etc/passwd) [g](#frag\"onclick=x)\n"
    ),
    "mustache.md": "{{> base}} {{{x}}} {{#site}}SEKTION{{/site}} {{=<% %>=}} <%x%>\n",
    "headings.md": "# \" onclick=\"x\n\n## <script>\n\n###### æøå ÆØÅ ß\n\nSetext\n===\n\n# \n\n# a\n# a\n",
    "deep-quote.md": ">" * 3000 + " x\n",
    "deep-list.md": "".join("  " * i + "- x\n" for i in range(300)),
    "deep-emphasis.md": "*" * 5000 + "a" + "_" * 5000 + "\n",
    "brackets.md": "[" * 5000 + "x" + "](" * 2000 + "\n",
    "table.md": "| a | b |\n|:-|-:|\n| <x> | `|` |\n" + "|" * 3000 + "\n",
    "autolinks.md": "www.example.org/<script> https://x.y/?a=\"b\" mail@x.dk www.a.b javascript:alert(1)\n",
    "entities.md": "&lt;script&gt; &#0; &#x110000; &NotARealEntity; &amp;lt;\n",
    "controls.md": "a\x00b\x01c\x0bd\x7fe \u202e rtl \u200b\n",
}

BROKEN_UTF8 = b"title: \xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80 \xff\n"


def write(target, name, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    for target, suffix, transform in (
        ("front_matter", ".md", lambda d: d),
        ("yaml", ".yaml", lambda d: d),
        ("csv", ".csv", lambda d: d),
        ("markdown", ".md", body_of),
    ):
        for p, data in pick(candidates(suffix), transform):
            write(target, seed_name(p), data)
    for target, seeds in (("yaml", YAML_SEEDS), ("front_matter", FRONT_SEEDS), ("csv", CSV_SEEDS),
                          ("markdown", MD_SEEDS)):
        for name, text in seeds.items():
            write(target, "handmade-" + name, text)
        write(target, "handmade-invalid-utf8", BROKEN_UTF8)
    write("front_matter", "handmade-invalid-utf8-body.md", b"---\ntitle: T\n---\n\nTekst \xe6\xf8\xe5 i Latin-1.\n")
    total = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file())
    count = sum(1 for f in OUT.rglob("*") if f.is_file())
    print(f"corpus: {count} files, {total} bytes")


if __name__ == "__main__":
    main()
