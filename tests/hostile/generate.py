#!/usr/bin/env python3
"""Writes OUT_DIR (by default tests/hostile/content/, not kept in git; check-output.sh
writes it into a temporary folder): a VALID overblik plan in which every text
field and every Markdown body is hostile (script injection, event handlers,
dangerous link schemes, raw HTML, Mustache tags, huge and odd Unicode text).

The build of this plan must succeed (warnings about raw HTML and forbidden
links are expected) and its output must be inert: tests/hostile/check-output.sh
checks that.

Deterministic and re-runnable: the whole content folder is rewritten and two
runs give byte-identical files.

    python3 tests/hostile/generate.py [OUT_DIR] [--big=sparse|dense|links]

OUT_DIR defaults to tests/hostile/content; --big chooses the style of the
2.2 MB body (default sparse, the committed one; see big_body()).
"""

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_ARGS = [a for a in sys.argv[1:] if not a.startswith("--big=")] if __name__ == "__main__" else []
_BIG = [a[6:] for a in sys.argv[1:] if a.startswith("--big=")] if __name__ == "__main__" else []
OUT = os.path.abspath(_ARGS[0]) if _ARGS else os.path.join(HERE, "content")
BIG_STYLE = _BIG[-1] if _BIG else "sparse"

# ---------------------------------------------------------------------------
# Probes. check-output.sh imports MUSTACHE_PROBES from this file.
# ---------------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
SVG = '"><svg onload=alert(1)>'
SVG_NOSPACE = "'><svg/onload=alert(1)>"

# Mustache tags that must come out as text, never be interpreted.
MUSTACHE_PROBES = [
    "{{> base}}",
    "{{{x}}}",
    "{{#site}}SEKTION{{/site}}",
    "{{=<% %>=}}",
    "{{> site_header}}",
    "{{{content}}}",
    "{{&content}}",
    "{{^page}}NEGERET{{/page}}",
    "{{! kommentar }}",
    "{{t.skip_link}}",
    "{{",
    "}}",
]

ZW = "\u200b"       # zero-width space
BOMCH = "\ufeff"    # zero-width no-break space (BOM) inside text
RLO = "\u202e"      # right-to-left override
PDF = "\u202c"      # pop directional formatting
EMOJI = "😀 👩‍👩‍👧‍👦 🇩🇰 🏳️‍🌈 e\u0301 Å\u030a"

HOSTILE_LINE = (SCRIPT + " " + IMG + " " + SVG + " " + SVG_NOSPACE + " {{> base}} {{{x}}} {{#site}}SEKTION{{/site}} "
                "{{=<% %>=}} \"dobbelt\" 'enkelt' &amp; &lt;script&gt;alert(2)&lt;/script&gt; "
                "C:\\Windows\\<script> \\\" " + ZW + BOMCH + RLO + "gnp.exe" + PDF + " " + EMOJI)


def yq(s):
    """A YAML double-quoted scalar holding exactly s."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02X" % o)
        elif o == 0x85:
            out.append("\\N")
        elif o == 0x2028:
            out.append("\\L")
        elif o == 0x2029:
            out.append("\\P")
        elif ch == BOMCH:
            out.append("\\uFEFF")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def block(text, indent):
    """A literal block scalar (|) with the given indentation; keeps the last newline."""
    pad = " " * indent
    lines = text.rstrip("\n").split("\n")
    return "|\n" + "\n".join((pad + l) if l else "" for l in lines)


# ---------------------------------------------------------------------------
# Hostile Markdown
# ---------------------------------------------------------------------------

LINKS = """\
- [js](javascript:alert(1))
- [JS blandet](JaVaScRiPt:alert(1))
- [tab](<java\tscript:alert(1)>)
- [tab som entitet](java&#x09;script:alert(1))
- [j som entitet](&#106;avascript:alert(1))
- [kolon som entitet](javascript&colon;alert(1))
- [mellemrum foran](<  javascript:alert(1)>)
- [vbscript](vbscript:msgbox(1))
- [data html](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
- [DATA store bogstaver](DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
- [fil](file:///etc/passwd)
- [procent](javascript%3Aalert(1))
- [titel med citat](https://example.org/ "\\" onmouseover=\\"alert(1)")
- [titel med enkelt citat](https://example.org/ 'x\\' onmouseover=\\'alert(1)')
- [http med citat](https://example.org/"onmouseover="alert(1))
- [reference][ond]
- [reference 2][ond2]
- ![billede js](javascript:alert(1))
- ![billede svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)
- ![billede png](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==)
- ![<img src=x onerror=alert(1)>](https://example.org/x.png "\\"><script>alert(1)</script>")
- autolinks: <javascript:alert(1)> <JaVaScRiPt:alert(1)> <vbscript:msgbox(1)> <data:text/html;base64,PHNjcmlwdD4=>
- www.example.org/"onmouseover="alert(1) og https://example.org/'onmouseover='alert(1)
- [mail](mailto:"><svg/onload=alert(1)>@example.org)
- <mailto:x@example.org?subject=%22%3E%3Cscript%3Ealert(1)%3C/script%3E>
- [krydsreference med payload](initiative:alle-felter#"onmouseover="alert(1))
- [tema med payload](theme:spor-a1?x="><script>alert(1)</script>)
- [fil med payload](assets/fil.txt#"><img src=x onerror=alert(1)>)
- [fil med payload 2](/assets/fil.txt?"onmouseover="alert(1))

[ond]: javascript:alert(1)
[ond2]: <java\tscript:alert(1)> "titel\\" onclick=\\"alert(1)"
"""

RAW_HTML = """\
<script>alert("blok")</script>

<div onclick="alert(1)" style="background:url(javascript:alert(1))">div med onclick</div>

<style>body { display: none }</style>

<iframe src="javascript:alert(1)"></iframe>

<iframe srcdoc="<script>alert(1)</script>"></iframe>

<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">

<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>

<svg><a xlink:href="javascript:alert(1)"><text>svg</text></a><script>alert(1)</script><animate onbegin="alert(1)"/></svg>

<math><mi xlink:href="javascript:alert(1)">m</mi></math>

<base href="javascript:alert(1)//">

<meta http-equiv="refresh" content="0;url=javascript:alert(1)">

<link rel="stylesheet" href="javascript:alert(1)">

<!-- <script>alert(1)</script> -->

<![CDATA[ <script>alert(1)</script> ]]>

<?php echo "<script>alert(1)</script>"; ?>

<textarea><script>alert(1)</script></textarea>

<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>

<details open ontoggle="alert(1)"><summary>x</summary></details>

<video><source onerror="alert(1)"></video>

<a href="javascript:alert(1)">rå a</a>

<table><tr><td background="javascript:alert(1)">x</td></tr></table>
"""

INLINE_HTML = ("Inline: tekst " + SCRIPT + " midt i og " + IMG + " og " + SVG + " og <a href=\"javascript:alert(1)\">a</a> "
               "og <b onmouseover=\"alert(1)\">fed</b> og <style>*{}</style> og <iframe></iframe> og "
               "<!-- kommentar --> og <?pi ?> og <![CDATA[x]]> slut.\n")

CODE = """\
Kode: `<script>alert(1)</script>` og `{{> base}}`.

```"><script>alert(1)</script>
<script>alert("kodeblok")</script>
{{> base}} {{{x}}}
```

    <iframe src="javascript:alert(1)"></iframe> indrykket kode
"""

MUSTACHE = """\
Mustache som tekst: {{> base}} og {{{x}}} og {{#site}}SEKTION{{/site}} og {{^page}}NEGERET{{/page}}
og {{&content}} og {{{content}}} og {{> site_header}} og {{! kommentar }} og {{t.skip_link}}.

{{=<% %>=}} Efter delimiterskift: <% content %> og {{content}}.

Ubalanceret: {{ og }} og {{{ og }}} og {{#x}} uden slut og {{/y}} uden start.
"""

ENTITIES = """\
Entiteter: &amp; &amp;amp; &lt;script&gt;alert(3)&lt;/script&gt; &#60;script&#62;alert(4)&#60;/script&#62;
&#x3C;img src=x onerror=alert(5)&#x3E; &quot;&gt;&lt;svg onload=alert(6)&gt; &nbsp; &ouml; &#0; &#xD800; &#1114112;

Backslash: \\<script>alert(7)\\</script> C:\\Windows\\System32\\ \\\\ \\" \\' \\u003cscript\\u003e \\x3cscript\\x3e
"""

UNICODE = ("Unicode: nul" + ZW + "bredde, BOM" + BOMCH + "inde i teksten, højre-til-venstre " + RLO + "fdp.exe" + PDF +
           " og " + EMOJI + ", æøå ÆØÅ § – — „citat“ «citat» ‘enkelt’ ‚lavt‘ \u2028linjeskift\u2029afsnit\n")

TABLE = """\
| <script>alert(1)</script> | "><svg onload=alert(1)> | {{> base}} |
|---|:---:|--:|
| <img src=x onerror=alert(1)> | [js](javascript:alert(1)) | `<b>` |
| ~~<s>~~ | **<i>** | *{{{x}}}* |
"""


def hostile_markdown(title="Fjendtlig overskrift"):
    return "\n".join([
        "## " + title + " " + SCRIPT + "\n",
        "Almindelig tekst: " + HOSTILE_LINE + "\n",
        "### Links\n",
        LINKS,
        "### Rå HTML\n",
        RAW_HTML,
        INLINE_HTML,
        "### Kode\n",
        CODE,
        "### Mustache\n",
        MUSTACHE,
        "### Entiteter og backslash\n",
        ENTITIES,
        "### Unicode\n",
        UNICODE,
        "### Tabel\n",
        TABLE,
    ])


def short_markdown():
    return ("Kort: " + SCRIPT + " " + IMG + " [js](javascript:alert(1)) <JaVaScRiPt:alert(1)> "
            "[data](data:text/html;base64,PHNjcmlwdD4=) {{> base}} {{{x}}} {{#site}}SEKTION{{/site}} {{=<% %>=}} "
            "<iframe src=x></iframe> <style>*{}</style> &amp; \"q\" 'q' \\ " + ZW + RLO + "x" + PDF + " 😀\n")


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------

def write(rel, text):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


LOGO = "assets/logo' onerror='alert(1) (1).svg"


def plan_yaml():
    return "\n".join([
        "# Fjendtlig testplan: alt indhold er fjendtligt, men gyldigt.",
        "title: " + yq(SCRIPT + " Plan \"dobbelt\" 'enkelt' & {{> base}} " + ZW + RLO + "x" + PDF),
        "subtitle: " + yq(IMG + " {{{x}}}"),
        "organisation: " + yq(SVG + " Kommune {{#site}}SEKTION{{/site}}"),
        "department: " + yq("{{=<% %>=}} <% x %> </title><script>alert(1)</script> \\ C:\\x"),
        "language: da",
        "period: {start: 2024, end: 2026}",
        "published: 2024-01-15",
        "base_url: " + yq("https://example.org/a&b'c/"),
        "intro: " + block(hostile_markdown("Intro"), 2),
        "contact:",
        "  name: " + yq("</footer><script>alert(1)</script> " + SVG),
        "  email: " + yq(SVG_NOSPACE + "@example.org"),
        "  phone: " + yq("javascript:alert(1)"),
        "  address: " + yq("Gade 1\n" + SCRIPT + "\n{{> base}}"),
        "accessibility_statement: " + yq("https://example.org/was?a=1&b='onmouseover='alert(1)'"),
        "licence: " + yq("<b>CC</b> BY \"4.0\" & {{> base}} " + IMG),
        "logo: " + yq(LOGO),
        "stale_after_days: 365",
        "extra:",
        "  ond: " + yq(SCRIPT + " {{> base}}"),
        "",
    ])


def themes_yaml():
    items = [
        ("tema-a", SCRIPT + " Tema A", '"<b>1</b>"', IMG, None, hostile_markdown("Tema")),
        ("spor-a1", SVG + " Spor A1", '"1.1 {{> base}}"', "{{{x}}}", "tema-a", short_markdown()),
        ("spor-a2", "Spor" + ZW + "A2 " + RLO + "2A ropS" + PDF + " " + EMOJI, '"1.2"', None, "tema-a", None),
        ("spor-b", "{{#site}}SEKTION{{/site}} {{=<% %>=}} Spor B \"\" '' \\", None, SVG_NOSPACE, None,
         short_markdown()),
    ]
    out = ["# Temaer med fjendtlige titler"]
    for ident, title, number, short, parent, summary in items:
        out.append("- id: " + ident)
        out.append("  title: " + yq(title))
        if number:
            out.append("  number: " + number)
        if short:
            out.append("  short: " + yq(short))
        if parent:
            out.append("  parent: " + parent)
        if summary:
            out.append("  summary: " + block(summary, 4))
    return "\n".join(out) + "\n"


def front(lines, body):
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


def initiative_all_fields():
    lines = [
        "title: " + yq(SCRIPT + " Alle felter " + IMG + " " + SVG + " {{> base}}"),
        "number: " + yq("<script>1</script>"),
        "summary: " + yq(SCRIPT + " resumé " + SVG + " {{{x}}} &amp; &lt;b&gt;"),
        "themes: [spor-a1, spor-a2, spor-b]",
        "status: started",
        "owner:",
        "  - " + yq(SCRIPT),
        "  - " + yq(SVG + " | pipe"),
        "partners:",
        "  - " + yq(IMG),
        "  - " + yq("{{> base}}"),
        "start: 2024-H1",
        "end: 2026-Q4",
        "cost: large",
        "budget:",
        "  amount: 1000000",
        "  currency: DKK",
        "  note: " + yq(SCRIPT + " note {{{x}}}"),
        "quick_win: true",
        "resources:",
        "  - {unit: " + yq(SCRIPT) + ", load: 3}",
        "  - {unit: " + yq(SVG) + ", load: 1}",
        "indicators: [fjendtlig-indikator, csv-indikator]",
        "tags:",
        "  - " + yq(SCRIPT),
        "  - " + yq("\" onfocus=\"alert(1)"),
        "  - " + yq("a|b"),
        "  - " + yq("{{> base}}"),
        "updates:",
        "  - date: 2025-10-01",
        "    status: approved",
        "    text: " + block(hostile_markdown("Opdatering"), 6),
        "  - date: 2025-11-01",
        "    status: started",
        "    progress: 40",
        "    text: " + yq(short_markdown()),
        "  - date: 2025-11-01",
        "    progress: 41",
        "    text: " + yq("Samme dag " + SCRIPT + " [js](javascript:alert(1))"),
        "extra:",
        "  html: " + yq(SCRIPT),
    ]
    return front(lines, hostile_markdown("Brødtekst"))


def long_title():
    unit = "Tværkommunalbeskæftigelsesindsatsudviklingsprojekt " + SCRIPT + " " + SVG + " {{> base}} æøå " + ZW
    t = (unit * (5000 // len(unit) + 1))[:5000]
    assert len(t) == 5000
    return t


def initiative_long_title():
    return front([
        "title: " + yq(long_title()),
        "number: \"2\"",
        "themes: [spor-b]",
        "status: proposed",
    ], "Et initiativ med en titel på 5.000 tegn.\n")


def big_body(style="sparse"):
    """A body of about 2.2 MB.

    sparse: ordinary Markdown with the hostile Markdown every ~100 kB (the
            committed content);
    dense:  hostile Markdown only (~30,000 raw-HTML and forbidden-link nodes);
    links:  ordinary Markdown with a link in every sentence (~24,000 links).
    broken/run.sh builds the last two as no-hang cases."""
    chunk = hostile_markdown("Afsnit")
    link = "[link](https://example.org/)" if style == "links" else "*link*"
    normal = ("Almindelig tekst om *hjemløshed* og **boliger**, med et %s og lidt `kode`. " % link * 12) + "\n"
    dense = style == "dense"
    parts = []
    size = 0
    i = 0
    while size < 2_200_000:
        if dense or i % 200 == 0:
            part = "## Del %d\n\n" % i + chunk
        else:
            part = ("### Afsnit %d\n\n" % i if i % 20 == 0 else "") + normal
        parts.append(part)
        size += len(part.encode("utf-8")) + 1
        i += 1
    return "\n".join(parts)


def initiative_big(style="sparse"):
    return front([
        "title: " + yq("Stor brødtekst " + SCRIPT),
        "number: \"3\"",
        "themes: [spor-a2]",
        "status: approved",
        "updates:",
        "  - date: 2025-12-01",
        "    status: approved",
        "    text: " + yq("Godkendt " + IMG),
    ], big_body(style))


def initiative_unicode():
    return front([
        "title: " + yq("Unicode " + ZW + BOMCH + RLO + "evil.exe" + PDF + " " + EMOJI + " \u2028 \u2029 \x01\x1b[31mrød\x1b[0m \x7f"),
        "number: \"4\"",
        "summary: " + yq("Nul" + ZW + "bredde" + BOMCH + " " + RLO + "kebab" + PDF),
        "themes: [spor-a2, spor-a1]",
        "owner: " + yq(RLO + "ejer" + PDF),
        "tags: [" + yq(EMOJI) + ", " + yq(ZW) + "]",
    ], UNICODE + "\n" + "Kontroltegn i brødteksten: \x01\x02\x1b[2J\x7f slut.\n")


def initiative_mustache():
    return front([
        "title: " + yq("{{> base}}"),
        "number: " + yq("{{{x}}}"),
        "summary: " + yq("{{#site}}SEKTION{{/site}} {{=<% %>=}}"),
        "themes: [spor-b]",
        "owner: " + yq("{{=<% %>=}}"),
        "partners: [" + yq("{{^page}}NEGERET{{/page}}") + "]",
        "tags: [" + yq("{{{content}}}") + "]",
    ], MUSTACHE)


def indicator_yaml():
    return "\n".join([
        "title: " + yq(SCRIPT + " Indikator " + SVG),
        "number: " + yq("<i>1</i>"),
        "unit: " + yq("<b>\"enhed\"</b> & 'x' {{> base}}"),
        "description: " + block(hostile_markdown("Beskrivelse"), 2),
        "source: " + yq(IMG + " kilde"),
        "source_url: " + yq("https://example.org/?q=%3Cscript%3E&a='b'"),
        "direction: decrease",
        "decimals: 2",
        "themes: [spor-a1]",
        "baseline: {period: 2020, value: 10}",
        "target: {period: 2026, value: [1, 2]}",
        "assessment: progress",
        "assessment_note: " + block(short_markdown(), 2),
        "series:",
        "  - name: " + yq("<b>\"Serie\"</b> & co " + SCRIPT),
        "    values:",
        "      2020: 10",
        "      2021: null",
        "      2022: -3.25",
        "      2023-Q1: 4",
        "  - name: " + yq(SVG + " {{{x}}}"),
        "    values:",
        "      2020: 5",
        "      2024: 6",
        "    assessment_note: " + yq(IMG),
        "    assessment: met",
        "notes:",
        "  - " + yq(SCRIPT + " note [js](javascript:alert(1))"),
        "  - " + block(short_markdown(), 4),
        "",
    ])


def csv_indicator():
    yaml = "\n".join([
        "title: " + yq("CSV " + SCRIPT),
        "unit: " + yq(IMG),
        "description: " + yq("CSV-serier med fjendtlige navne " + SVG),
        "direction: none",
        "themes: [spor-b]",
        "series:",
        "  - name: " + yq("=HYPERLINK(\"https://example.org/\",\"klik\")"),
        "    target: {period: 2030, value: 3}",
        "",
    ])
    csv = "\r\n".join([
        "series,period,value",
        '"<script>alert(1)</script>",2020,1',
        '"""><svg onload=alert(1)>",2020,2',
        '"=HYPERLINK(""https://example.org/"",""klik"")",2021,3',
        '"linje 1\nlinje 2 <b>",2022,',
        '"komma, ""citat"" og {{> base}}",2023,4.5',
        '+cmd|\' /C calc\'!A0,2024,5',
        '@SUM(1+1),2024,6',
        '-2+3,2024,7',
    ]) + "\r\n"
    return yaml, csv


def page_hostile():
    return front([
        "title: " + yq(SCRIPT + " Side " + SVG),
        "menu: 1",
        "summary: " + yq(IMG + " {{> base}}"),
    ], hostile_markdown("Side"))


def page_mustache():
    return front([
        "title: " + yq("{{> base}} {{{x}}}"),
        "summary: " + yq("{{=<% %>=}}"),
    ], MUSTACHE + "\n" + ENTITIES)


LOGO_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">
  <rect width="120" height="40" fill="#222"/>
  <text x="10" y="26" font-size="16" fill="#fff">Fjendtlig</text>
</svg>
"""


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    write("plan.yaml", plan_yaml())
    write("themes.yaml", themes_yaml())
    write("initiatives/alle-felter.md", initiative_all_fields())
    write("initiatives/lang-titel.md", initiative_long_title())
    write("initiatives/stor-broedtekst.md", initiative_big(BIG_STYLE))
    write("initiatives/unicode.md", initiative_unicode())
    write("initiatives/mustache.md", initiative_mustache())
    write("indicators/fjendtlig-indikator.yaml", indicator_yaml())
    y, c = csv_indicator()
    write("indicators/csv-indikator.yaml", y)
    write("indicators/csv-indikator.csv", c)
    write("pages/fjendtlig-side.md", page_hostile())
    write("pages/mustache-side.md", page_mustache())
    write(LOGO, LOGO_SVG)
    write("assets/fil.txt", "En almindelig fil, som fjendtlige links peger på.\n")
    total = 0
    for d, _, files in os.walk(OUT):
        for f in files:
            total += os.path.getsize(os.path.join(d, f))
    print("wrote %s (%.2f MB)" % (os.path.relpath(OUT), total / 1e6), file=sys.stderr)


if __name__ == "__main__":
    main()
