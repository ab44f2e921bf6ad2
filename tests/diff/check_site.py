#!/usr/bin/env python3
"""Checks what `overblik build --previous OLD` adds to a site.

    check_site.py SITE --lang da|en --report expected.txt --title TITLE
                  [--cell INITIATIVE|THEME|TEXT]... [--feed-entries N]
    check_site.py SITE --lang da|en --absent TITLE

With --report, asserts:
  - the changes page (aendringer/ or changes/) exists, its h1 is TITLE, and
    its report has the headings and items of the text report expected.txt
    (the golden `overblik diff` output), in the same order, word for word;
  - the front page links the changes page, with TITLE as the link text;
  - the matrix marks exactly the --cell cells as changed, each with TEXT in
    words (span.matrix__change), and no other cell;
  - the Atom feed parses, holds exactly one entry titled TITLE, which links
    the changes page, and N entries in all (--feed-entries).
With --absent (a build without --previous): no changes page, no front-page
link, no feed entry titled TITLE, no changed matrix cell.

Prints one line per failed assertion; exits 1 if any failed.
"""
import argparse
import os
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

ATOM = "{http://www.w3.org/2005/Atom}"
failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    """Collects the h1s of <main>, the h2s and list items of the report
    (div.changes), every link with its text, and the matrix cells by
    (initiative href, theme href)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # open elements: (tag, classes)
        self.h1, self.h2, self.items, self.links = [], [], [], []
        self.columns = []  # theme hrefs of the matrix head, in order
        self.cells = {}  # (initiative href, theme href) -> {"classes": [...], "change": text or None}
        self.row, self.col = None, 0
        self.sinks = []  # (element depth, list, index): texts being collected

    def within(self, tag, cls=None):
        return any(t == tag and (cls is None or cls in c) for t, c in self.stack)

    def collect(self, lst):
        lst.append("")
        self.sinks.append((len(self.stack), lst, len(lst) - 1))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag in VOID:
            return
        self.stack.append((tag, classes))
        if tag == "h1" and self.within("main"):
            self.collect(self.h1)
        if tag == "h2" and self.within("div", "changes"):
            self.collect(self.h2)
        if tag == "li" and self.within("div", "changes"):
            self.collect(self.items)
        if tag == "a":
            self.links.append([a.get("href", ""), ""])
            self.sinks.append((len(self.stack), self.links[-1], 1))
            if self.within("th", "matrix__theme"):
                self.columns.append(a.get("href", ""))
            elif self.within("th", "matrix__initiative"):
                self.row = a.get("href", "")
        if tag == "tr":
            self.row, self.col = None, 0
        if tag == "td" and "matrix__cell" in classes and self.row is not None:
            theme = self.columns[self.col] if self.col < len(self.columns) else f"column {self.col}"
            self.cells[(self.row, theme)] = {"classes": classes, "change": None}
            self.col += 1
        if tag == "span" and "matrix__change" in classes and self.row is not None:
            cell = list(self.cells.values())[-1]
            cell["change"] = ""
            self.sinks.append((len(self.stack), cell, "change"))

    def handle_endtag(self, tag):
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, _ = self.stack.pop()
            self.sinks = [s for s in self.sinks if s[0] <= len(self.stack)]
            if t == tag:
                break

    def handle_data(self, data):
        for _, target, key in self.sinks:
            target[key] += data


def parse(path):
    p = Page()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p


def report_lines(path):
    """Headings and items of a text report: items are indented by two spaces."""
    headings, items = [], []
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.startswith("  "):
                items.append(line[2:])
            elif line:
                headings.append(line)
    return headings, items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--lang", required=True, choices=["da", "en"])
    ap.add_argument("--report")
    ap.add_argument("--title")
    ap.add_argument("--absent")
    ap.add_argument("--cell", action="append", default=[])
    ap.add_argument("--feed-entries", type=int)
    a = ap.parse_args()
    folder = {"da": "aendringer", "en": "changes"}[a.lang]
    updates = {"da": "opdateringer", "en": "updates"}[a.lang]
    changes_page = os.path.join(a.site, folder, "index.html")
    title = a.title or a.absent
    front = parse(os.path.join(a.site, "index.html"))
    matrix = parse(os.path.join(a.site, "matrix", "index.html"))
    feed = ET.parse(os.path.join(a.site, updates, "feed.xml")).getroot()
    entries = feed.findall(ATOM + "entry")
    change_entries = [e for e in entries if (e.findtext(ATOM + "title") or "") == title]
    front_links = [text.strip() for href, text in front.links if href == folder + "/index.html"]
    changed_cells = {k: v for k, v in matrix.cells.items() if "matrix__cell--changed" in v["classes"] or v["change"] is not None}

    if a.absent:
        check(not os.path.exists(os.path.join(a.site, folder)), f"{folder}/ exists in a build without --previous")
        check(not front_links, f"the front page links {folder}/ in a build without --previous")
        check(not change_entries, f"the feed has an entry '{title}' in a build without --previous")
        check(not changed_cells, f"the matrix marks cells as changed in a build without --previous: {sorted(changed_cells)}")
        check(len(matrix.cells) > 0, "the matrix has no cells (the parser found none)")
    else:
        # the changes page
        check(os.path.isfile(changes_page), f"{folder}/index.html does not exist")
        if os.path.isfile(changes_page):
            page = parse(changes_page)
            check(page.h1 == [title], f"{folder}/: h1 is {page.h1}, expected ['{title}']")
            headings, items = report_lines(a.report)
            check(page.h2 == headings, f"{folder}/: the headings are\n    {page.h2}\n  expected\n    {headings}")
            report_items = [t.strip() for t in page.items]
            check(report_items == items, f"{folder}/: the items are\n    " + "\n    ".join(report_items) +
                  "\n  expected\n    " + "\n    ".join(items))
        # the front page
        check(front_links == [title], f"index.html: links to {folder}/index.html have the texts {front_links}, expected ['{title}']")
        # the matrix
        want = {}
        for c in a.cell:
            initiative, theme, text = c.split("|", 2)
            want[(f"../initiativer/{initiative}/index.html" if a.lang == "da" else f"../initiatives/{initiative}/index.html",
                  f"../temaer/{theme}/index.html" if a.lang == "da" else f"../themes/{theme}/index.html")] = text
        for key, text in want.items():
            cell = matrix.cells.get(key)
            if cell is None:
                check(False, f"matrix: no cell for {key}")
                continue
            check("matrix__cell--changed" in cell["classes"], f"matrix: cell {key} lacks the class matrix__cell--changed")
            check(cell["change"] == text, f"matrix: cell {key} says {cell['change']!r}, expected {text!r}")
        extra = sorted(set(changed_cells) - set(want))
        check(not extra, f"matrix: cells marked as changed that did not change: {extra}")
        # the feed
        check(len(change_entries) == 1, f"feed.xml: {len(change_entries)} entries titled '{title}', expected 1")
        if change_entries:
            hrefs = [l.get("href", "") for l in change_entries[0].findall(ATOM + "link")]
            check(any(h.rstrip("/").endswith("/" + folder) or h.rstrip("/") == "../" + folder for h in hrefs),
                  f"feed.xml: the changes entry links {hrefs}, not {folder}/")
        if a.feed_entries is not None:
            check(len(entries) == a.feed_entries, f"feed.xml: {len(entries)} entries, expected {a.feed_entries}")

    for f in failures:
        print("  " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
