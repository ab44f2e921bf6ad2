#!/usr/bin/env python3
"""Checks that a site built from tests/hostile/content is inert.

    python3 tests/hostile/check_output.py SITE_DIR THEME_ASSETS_DIR

Walks every file of SITE_DIR and, by type:

  .html  parsed with html.parser: no <script> but the theme's own
         (<script src="(../)*_overblik/NAME.js"> with NAME.js one of the
         theme's files in THEME_ASSETS_DIR, no inline code, only
         defer/async/type besides src); no on* event-handler attribute; no
         javascript:/vbscript:/data: (nor livescript:/mocha:) in any URL
         attribute (href, src, action, formaction, xlink:href, srcset, ...);
         no srcdoc; no <iframe>, <frame>, <object>, <embed>, <applet>,
         <base>, <portal>; no <style> or <link> inside <body>; no meta
         refresh; exactly one <html>, <head>, <body> and site header (a
         Mustache partial taken from content would add more); no "{{" in a
         URL attribute (a leaked template tag).
  .svg   parsed as XML: no script, foreignObject, handlers or bad URLs.
  .xml   parsed as XML (must be well formed); Atom type="html" text is
         checked as HTML as above; link/loc URLs checked.
  .json  must parse; string values under keys ending in "html" are checked
         as HTML; values under url/href keys are checked as URLs. Other
         strings are plain-text data and may hold "<script>" as text (the
         content's titles are exported as they are); they are counted in a
         note, not failed.
  .csv   must parse as RFC 4180 with the header's field count on every row;
         cells starting with = + - @ (spreadsheet formula injection) are
         listed as notes.
  every  file must be valid UTF-8 (text types).

Then, over the text of all HTML pages: every Mustache probe from
generate.py appears literally, the literal "{{&gt; base}}" is in the HTML
source, and SEKTION / NEGERET (inside {{#site}}SEKTION{{/site}} and
{{^page}}NEGERET{{/page}}) never appear without their Mustache tags.

Prints each violation as FILE: message: snippet, and one PASS/FAIL line per
assertion. Exit status 1 on any failure. Counts are written to stdout as a
last line "RESULT passed failed" for check-output.sh.
"""

import csv
import html
import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import MUSTACHE_PROBES  # noqa: E402

URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite",
             "longdesc", "ping", "lowsrc", "dynsrc", "codebase", "manifest", "icon", "profile", "usemap",
             "xml:base", "archive", "classid", "srcset", "imagesrcset"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:", "mocha:")
FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"}
BODY_ONLY_FORBIDDEN = {"style", "link"}


def snippet(s, n=160):
    s = s.replace("\n", "\\n")
    return s if len(s) <= n else s[:n] + "…"


def bad_url(value):
    """The dangerous scheme of a URL as a browser would read it, or None."""
    if value is None:
        return None
    # Browsers drop leading C0 controls and spaces, and tabs/newlines anywhere.
    v = "".join(ch for ch in value if ch not in "\t\n\r")
    v = v.lstrip("".join(chr(c) for c in range(0x21)))
    low = v.lower()
    for s in BAD_SCHEMES:
        if low.startswith(s):
            return s
    return None


def srcset_urls(value):
    return [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.notes = []

    def check(self, ok, name, details=()):
        if ok:
            self.passed += 1
            print("PASS " + name)
        else:
            self.failed += 1
            print("FAIL " + name)
            for d in details:
                print("    " + d)


class PageChecker(HTMLParser):
    """Collects violations of one HTML document or fragment."""

    def __init__(self, path, allowed_scripts, fragment=False):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.allowed_scripts = allowed_scripts
        self.fragment = fragment
        self.violations = []
        self.text = []
        self.in_body = fragment
        self.counts = {"html": 0, "head": 0, "body": 0, "site-header": 0}
        self.skip_text = 0
        self.open_script = None

    def v(self, msg, snip):
        self.violations.append("%s: %s: %s" % (self.path, msg, snippet(snip)))

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs, self.get_starttag_text() or "<%s>" % tag)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs, self.get_starttag_text() or "<%s/>" % tag)
        if tag in ("script", "style"):
            self.handle_endtag(tag)

    def _tag(self, tag, attrs, raw):
        if tag in ("html", "head", "body"):
            self.counts[tag] += 1
        if tag == "body":
            self.in_body = True
        classes = dict(attrs).get("class") or ""
        if "site-header" in classes.split():
            self.counts["site-header"] += 1
        if tag == "script":
            self._script(attrs, raw)
        if tag in ("script", "style", "textarea", "title"):
            if tag in ("script", "style"):
                self.skip_text += 1
        if tag in FORBIDDEN_TAGS:
            self.v("forbidden element <%s>" % tag, raw)
        if tag in BODY_ONLY_FORBIDDEN and self.in_body:
            self.v("<%s> inside the body" % tag, raw)
        if tag == "meta":
            d = dict(attrs)
            if (d.get("http-equiv") or "").lower() == "refresh":
                self.v("meta refresh", raw)
        for name, value in attrs:
            name = name.lower()
            if re.fullmatch(r"on[a-z]+", name):
                self.v("event-handler attribute %s" % name, raw)
            if name == "srcdoc":
                self.v("srcdoc attribute", raw)
            if name in URL_ATTRS and value is not None:
                urls = srcset_urls(value) if name.endswith("srcset") else [value]
                for u in urls:
                    s = bad_url(u)
                    if s:
                        self.v("%s URL in %s" % (s, name), raw)
                if "{{" in value:
                    self.v("Mustache tag in a URL attribute (template leak?)", raw)
            if name == "style" and value:
                low = value.lower().replace(" ", "")
                if "expression(" in low or "javascript:" in low or "vbscript:" in low or "-moz-binding" in low:
                    self.v("script in a style attribute", raw)

    def _script(self, attrs, raw):
        d = {}
        for k, val in attrs:
            d[k.lower()] = val
        src = d.pop("src", None)
        ok = src is not None and re.fullmatch(r"(\.\./)*_overblik/([A-Za-z0-9_.-]+\.js)", src) is not None
        if ok:
            name = re.fullmatch(r"(\.\./)*_overblik/([A-Za-z0-9_.-]+\.js)", src).group(2)
            ok = name in self.allowed_scripts
        for k, val in d.items():
            if k in ("defer", "async") and (val is None or val == "" or val == k):
                continue
            if k == "type" and val in ("module", "text/javascript"):
                continue
            ok = False
        if not ok:
            self.v("<script> that is not one of the theme's own script tags", raw)
        self.open_script = ok

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip_text:
            self.skip_text -= 1
        if tag == "script":
            self.open_script = None

    def handle_data(self, data):
        if self.skip_text:
            if self.open_script is not None and data.strip():
                self.v("<script> with inline code", data)
            return
        self.text.append(data)

    def handle_comment(self, data):
        # Comments are inert, but content never belongs in one.
        if "script" in data.lower() or "{{" in data:
            self.v("content-like text in an HTML comment", "<!--" + data + "-->")

    def handle_pi(self, data):
        self.v("processing instruction", "<?" + data + ">")

    def unknown_decl(self, data):
        self.v("markup declaration", "<![" + data + "]>")


def check_html_text(path, text, allowed_scripts, fragment=False):
    p = PageChecker(path, allowed_scripts, fragment)
    p.feed(text)
    p.close()
    out = list(p.violations)
    if not fragment:
        for k in ("html", "head", "body"):
            if p.counts[k] != 1:
                out.append("%s: %d elements <%s> (expected exactly 1; a Mustache partial from content?)"
                           % (path, p.counts[k], k))
        if p.counts["site-header"] > 1:
            out.append("%s: %d elements with class site-header (expected at most 1; a Mustache partial from "
                       "content?)" % (path, p.counts["site-header"]))
    return out, "".join(p.text)


SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"


def local(tag):
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


def check_xml_tree(path, root, allowed_scripts):
    out = []
    atom = "{http://www.w3.org/2005/Atom}"
    for el in root.iter():
        name = local(el.tag) if isinstance(el.tag, str) else ""
        if name.lower() in ("script", "foreignobject", "iframe", "object", "embed", "handler"):
            out.append("%s: forbidden element <%s> in XML/SVG" % (path, name))
        for k, val in el.attrib.items():
            lk = local(k).lower()
            if re.fullmatch(r"on[a-z]+", lk):
                out.append("%s: event-handler attribute %s on <%s>: %s" % (path, lk, name, snippet(val)))
            if lk in ("href", "src") or k == XLINK:
                s = bad_url(val)
                if s:
                    out.append("%s: %s URL in %s on <%s>: %s" % (path, s, lk, name, snippet(val)))
        if name in ("loc", "id", "uri", "icon", "logo") and el.text:
            s = bad_url(el.text.strip())
            if s:
                out.append("%s: %s URL in <%s>: %s" % (path, s, name, snippet(el.text)))
        if el.tag.startswith(atom) and el.attrib.get("type") == "html" and el.text:
            v, _ = check_html_text(path + " <%s type=html>" % name, el.text, allowed_scripts, fragment=True)
            out.extend(v)
    return out


def walk_json(path, obj, key, allowed_scripts, out, stats):
    if isinstance(obj, dict):
        for k, val in obj.items():
            walk_json(path, val, k, allowed_scripts, out, stats)
    elif isinstance(obj, list):
        for val in obj:
            walk_json(path, val, key, allowed_scripts, out, stats)
    elif isinstance(obj, str):
        k = (key or "").lower()
        if k.endswith("html"):
            v, _ = check_html_text(path + " [%s]" % key, obj, allowed_scripts, fragment=True)
            out.extend(v)
        elif k in ("url", "href", "link", "src", "source_url", "accessibility_statement", "base_url", "logo"):
            s = bad_url(obj)
            if s:
                out.append("%s: %s URL under key %r: %s" % (path, s, key, snippet(obj)))
        if "<script" in obj.lower():
            stats["script_text"] += 1


def main():
    site, theme_assets = sys.argv[1], sys.argv[2]
    allowed_scripts = {f for f in os.listdir(theme_assets) if f.endswith(".js")} if os.path.isdir(theme_assets) else set()
    rep = Report()
    all_text = []
    raw_html = []
    files = []
    for d, dirs, fs in os.walk(site):
        dirs.sort()
        for f in sorted(fs):
            files.append(os.path.join(d, f))
    script_text_files = []
    for path in files:
        rel = os.path.relpath(path, site)
        ext = os.path.splitext(path)[1].lower()
        if ext not in (".html", ".htm", ".xml", ".svg", ".json", ".csv", ".xhtml", ".atom", ".rss"):
            continue
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            rep.check(False, "%s is valid UTF-8" % rel, ["%s: %s" % (rel, e)])
            continue
        violations = []
        if ext in (".html", ".htm", ".xhtml"):
            violations, t = check_html_text(rel, text, allowed_scripts)
            all_text.append(t)
            raw_html.append(text)
        elif ext in (".xml", ".svg", ".atom", ".rss"):
            try:
                root = ET.fromstring(data)
                violations = check_xml_tree(rel, root, allowed_scripts)
            except ET.ParseError as e:
                violations = ["%s: not well-formed XML: %s" % (rel, e)]
        elif ext == ".json":
            try:
                obj = json.loads(text)
                stats = {"script_text": 0}
                walk_json(rel, obj, None, allowed_scripts, violations, stats)
                if stats["script_text"]:
                    script_text_files.append("%s (%d strings)" % (rel, stats["script_text"]))
            except ValueError as e:
                violations = ["%s: not valid JSON: %s" % (rel, e)]
        elif ext == ".csv":
            if text.startswith("\ufeff"):
                violations.append("%s: starts with a BOM" % rel)
            if "\r\n" in text:
                violations.append("%s: CRLF line endings (the spec says LF)" % rel)
            rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
            if rows:
                width = len(rows[0])
                for i, row in enumerate(rows[1:], start=2):
                    if len(row) != width:
                        violations.append("%s: record %d has %d fields, the header %d" % (rel, i, len(row), width))
                    for cell in row:
                        if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"-?[0-9.]+", cell):
                            rep.notes.append("%s: record %d: cell starts with %r (spreadsheet formula injection): %s"
                                             % (rel, i, cell[:1], snippet(cell, 80)))
            if "<script" in text.lower():
                script_text_files.append("%s (as CSV data)" % rel)
        rep.check(not violations, "%s is inert" % rel, violations)

    text = "\n".join(all_text)
    source = "\n".join(raw_html)
    for probe in MUSTACHE_PROBES:
        rep.check(probe in text, "Mustache probe %r appears as text" % probe,
                  ["not found in the text of any HTML page"])
    rep.check("{{&gt; base}}" in source, "the literal {{&gt; base}} is in the HTML source",
              ["'{{&gt; base}}' not found in any .html file"])
    stray = [m.start() for m in re.finditer("SEKTION", text) if not text[:m.start()].endswith("{{#site}}")]
    rep.check(not stray, "SEKTION only appears inside {{#site}}…{{/site}} (section tag not interpreted)",
              ["…%s…" % snippet(text[max(0, i - 60):i + 20]) for i in stray[:5]])
    stray = [m.start() for m in re.finditer("NEGERET", text) if not text[:m.start()].endswith("{{^page}}")]
    rep.check(not stray, "NEGERET only appears inside {{^page}}…{{/page}} (inverted section not interpreted)",
              ["…%s…" % snippet(text[max(0, i - 60):i + 20]) for i in stray[:5]])

    if script_text_files:
        rep.notes.append("'<script' occurs as plain-text data (not markup) in: " + ", ".join(script_text_files))
    for n in rep.notes[:40]:
        print("note: " + n)
    if len(rep.notes) > 40:
        print("note: … and %d more notes" % (len(rep.notes) - 40))
    print("RESULT %d %d" % (rep.passed, rep.failed))
    return 1 if rep.failed else 0


if __name__ == "__main__":
    sys.exit(main())
