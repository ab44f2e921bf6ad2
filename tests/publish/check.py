#!/usr/bin/env python3
"""Reads what overblik publishes with real parsers and checks it against the
content: the Atom feed and sitemap (xml.etree), the CSV exports (csv), the
JSON exports and search index (json), and staleness with a fixed build date.

usage: check.py OVERBLIK_BINARY    (builds tests/sites/mini and content/)
Closes with "publish: N passed, M failed".
"""
import csv, io, json, subprocess, sys, tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}")


def build(binary, content, out, today):
    r = subprocess.run([binary, "build", "--content", str(content), "--out", str(out), "--today", today, "--quiet"],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"build {content}: {r.stderr}")


def read_csv(path):
    raw = path.read_bytes()
    check(not raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has no BOM")
    check(b"\r\n" not in raw, f"{path.name} uses LF line endings")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


def check_feed(site, base_url, initiative_titles):
    feed = ET.parse(site / "updates" / "feed.xml").getroot()
    check(feed.tag == ATOM + "feed", "feed root is atom:feed")
    for tag in ("id", "title", "updated", "author"):
        check(feed.find(ATOM + tag) is not None, f"feed has <{tag}>")
    entries = feed.findall(ATOM + "entry")
    check(len(entries) == 4, f"feed has one entry per update (4), got {len(entries)}")
    ids = [e.findtext(ATOM + "id") for e in entries]
    check(len(set(ids)) == len(ids), "entry ids are unique")
    check(all(i.startswith(base_url + "/initiatives/") for i in ids), f"entry ids are absolute under base_url: {ids}")
    check("https://example.org/testby/initiatives/housing-first/#update-2024-09-15-2" in ids, "same-date updates get -2")
    dates = [e.findtext(ATOM + "updated") for e in entries]
    check(dates == sorted(dates, reverse=True), "entries newest first")
    for e in entries:
        for tag in ("id", "title", "updated"):
            check(e.find(ATOM + tag) is not None, f"entry has <{tag}>")
        link = e.find(ATOM + "link").get("href")
        check(link.startswith(base_url + "/"), f"entry link absolute: {link}")
        check(any(e.findtext(ATOM + "title").startswith(t) for t in initiative_titles), "entry title names its initiative")


def check_sitemap(site, base_url):
    root = ET.parse(site / "sitemap.xml").getroot()
    check(root.tag == SITEMAP + "urlset", "sitemap root is urlset")
    locs = [u.findtext(SITEMAP + "loc") for u in root.findall(SITEMAP + "url")]
    html = sorted(p for p in site.rglob("index.html"))
    check(len(locs) == len(html), f"sitemap lists every page ({len(locs)} vs {len(html)})")
    for loc in locs:
        check(loc.startswith(base_url + "/"), f"sitemap loc absolute: {loc}")
        rel = loc[len(base_url) + 1:]
        check((site / rel / "index.html").is_file() if rel else (site / "index.html").is_file(), f"{loc} exists")


def check_exports(site):
    rows = read_csv(site / "data" / "initiatives.csv")
    check(list(rows[0].keys()) == "id,number,title,status,themes,owner,start,end,cost,quick_win,progress,last_update,stale".split(","),
          "initiatives.csv header")
    by_id = {r["id"]: r for r in rows}
    check([r["id"] for r in rows] == ["housing-first", "eviction-advice", "health-outreach"], "display order 1, 1.10, 2")
    check(by_id["housing-first"]["progress"] == "35" and by_id["housing-first"]["last_update"] == "2024-09-15",
          "progress and last update from the newest update")
    check(by_id["health-outreach"]["stale"] == "true" and by_id["housing-first"]["stale"] == "false",
          "stale flags with --today 2025-01-10 and stale_after_days 180")
    check(by_id["housing-first"]["owner"] == "Head of Social Services; Housing Department", "owners joined with '; '")
    matrix = read_csv(site / "data" / "matrix.csv")
    check(list(matrix[0].keys()) == ["initiative", "housing-first", "prevention", "health"], "matrix.csv header: leaf themes")
    check(matrix[2] == {"initiative": "health-outreach", "housing-first": "", "prevention": "secondary", "health": "primary"},
          "matrix cells")
    data = read_csv(site / "data" / "indicators.csv")
    check(len(data) == 6 and data[2]["value"] == "", "indicators.csv keeps the empty value")
    assess = {r["series"]: r for r in read_csv(site / "data" / "assessments.csv")}
    check(assess["Testby"]["assessment"] == "progress" and assess["Nearby town"]["target"] == "40-50", "assessments.csv")
    records = json.loads((site / "data" / "initiatives.json").read_text())
    check(records[0]["themes"] == ["housing-first", "health"] and records[0]["url"].endswith("/initiatives/housing-first/"),
          "initiatives.json lists and url")
    ind = json.loads((site / "data" / "indicators.json").read_text())
    check(ind[0]["series"][0]["latest"] == {"period": "2024", "value": 101}, "indicators.json latest as an integer")


def check_search(site, content):
    index = json.loads((site / "search-index.json").read_text())
    items = {i["url"]: i for i in index["items"]}
    for md in (content / "initiatives").glob("*.md"):
        url = f"initiatives/{md.stem}/index.html"
        check(url in items, f"search index has {url}")
    first = items["initiatives/housing-first/index.html"]
    check(first["title"] == "Housing First flats" and "shelters" in first["text"], "search index has title and body text")
    check("<b>" not in first["text"], "search text has no markup")


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        mini = Path(tmp) / "mini"
        content = REPO / "tests" / "sites" / "mini" / "content"
        build(binary, content, mini, "2025-01-10")
        check_feed(mini, "https://example.org/testby", ["Housing First flats", "Health outreach"])
        check_sitemap(mini, "https://example.org/testby")
        check_exports(mini)
        check_search(mini, content)
        example = Path(tmp) / "example"
        build(binary, REPO / "content", example, "2026-01-01")
        ET.parse(example / "opdateringer" / "feed.xml")
        ET.parse(example / "sitemap.xml")
        check(True, "example feed and sitemap parse")
    print(f"publish: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
