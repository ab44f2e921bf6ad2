#!/usr/bin/env python3
"""Generate a synthetic homelessness plan of N initiatives, twice: as an
overblik content folder and as the equivalent Hugo site.

    tests/bench/gen.py N PLAN_DIR HUGO_DIR     (either dir may be '-')

Both sites come from the same in-memory model (build_model), so they hold the
same initiatives, bodies, themes, indicators and updates. Python standard
library only; the output depends only on N (fixed seed). Initiative i has the
same text at every N (its generator is seeded with i); only the targets of its
cross-references depend on N.
"""
import json
import os
import random
import shutil
import sys

import hugo_site
import words

SEED = 20260101
TODAY = "2026-01-01"
STATUSES = ["proposed", "approved", "started", "completed", "postponed", "stopped"]


def q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def slug(text):
    table = {"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"}
    out, dash = [], False
    for ch in text.lower():
        ch = table.get(ch, ch)
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


# --- the model -------------------------------------------------------------


def make_themes():
    themes = []
    for group in words.THEME_GROUPS:
        gid, title, number, children = group
        if children:
            themes.append({"id": gid, "title": title, "number": number, "short": title.split()[0],
                           "parent": None, "summary": words.theme_summary(gid)})
        for k, (cid, ctitle, short) in enumerate(children or [(gid, title, title.split()[0])]):
            themes.append({"id": cid, "title": ctitle, "number": f"{number}.{k + 1}" if children else number,
                           "short": short, "parent": gid if children else None,
                           "summary": words.theme_summary(cid)})
    return themes


def leaf_ids(themes):
    parents = {t["parent"] for t in themes if t["parent"]}
    return [t["id"] for t in themes if t["id"] not in parents]


def make_indicator(k, leaves):
    rng = random.Random(f"{SEED}-indicator-{k}")
    title = f"{rng.choice(words.INDICATOR_SUBJECTS)} {rng.choice(words.INDICATOR_PLACES)}"
    iid = f"{slug(title)[:60].strip('-')}-{k + 1}"
    unit = rng.choice(["personer", "sager", "%", "dage", "borgere"])
    direction = rng.choice(["decrease", "decrease", "increase", "none"])
    decimals = 1 if unit == "%" else rng.choice([0, 0, 1])
    yearly = rng.random() < 0.7
    count = rng.randint(8, 12)
    if yearly:
        periods = [str(2025 - count + 1 + j) for j in range(count)]
    else:
        periods = []
        year, half = 2025, 2
        for _ in range(count):
            periods.append(f"{year}-H{half}")
            year, half = (year, 1) if half == 2 else (year - 1, 2)
        periods.reverse()
    names = rng.sample(words.SERIES_NAMES, rng.randint(2, 5))
    base = rng.uniform(20, 900) if unit != "%" else rng.uniform(5, 60)
    series = []
    for name in names:
        level = base * rng.uniform(0.5, 1.5)
        values = []
        for p in periods:
            level *= rng.uniform(0.9, 1.1)
            value = None if rng.random() < 0.05 else round(level, decimals)
            values.append((p, value))
        series.append({"name": name, "values": values})
    ind = {"id": iid, "number": str(k + 1), "title": title, "unit": unit, "direction": direction,
           "decimals": decimals, "themes": rng.sample(leaves, rng.randint(1, 2)),
           "source": rng.choice(words.SOURCES), "series": series, "csv": rng.random() < 0.25,
           "description": words.paragraph(rng, 2, 3), "notes": []}
    if rng.random() < 0.6:
        ind["baseline"] = {"period": periods[0], "value": round(base, decimals)}
    if rng.random() < 0.6:
        target_value = round(base * (0.8 if direction == "decrease" else 1.2), decimals)
        if rng.random() < 0.2:
            target_value = [round(target_value * 0.9, decimals), round(target_value * 1.1, decimals)]
        ind["target"] = {"period": rng.choice(["2026", "2027", "2028"]), "value": target_value}
    if rng.random() < 0.5:
        ind["notes"].append(words.paragraph(rng, 1, 2))
    return ind


def make_updates(rng):
    """0–4 updates, oldest first, with a consistent status history. About 3 %
    of the initiatives with updates are stale on 2026-01-01 (newest update in
    2024); the others had their newest update in 2025."""
    count = rng.choice([0, 1, 2, 2, 3, 3, 4])
    if count == 0:
        return []
    if rng.random() < 0.03:
        days = sorted(rng.sample(range(0, 360), count))
    else:
        newest = rng.randint(370, 725)  # day 366 is 2025-01-01; 725 is 2025-12-26
        days = sorted(rng.sample(range(0, newest), count - 1)) + [newest]
    updates = []
    progress = 0
    for j, day in enumerate(days):
        u = {"date": words.date_from_day(day), "text": words.update_text(rng)}
        if j == 0:
            u["status"] = "approved"
        elif j == 1:
            u["status"] = "started"
            progress = rng.randint(5, 30)
            u["progress"] = progress
        else:
            progress = min(100, progress + rng.randint(10, 40))
            u["progress"] = progress
            if progress == 100:
                u["status"] = "completed"
        updates.append(u)
    return updates


def make_initiative(i, n, leaves, indicators):
    rng = random.Random(f"{SEED}-initiative-{i}")
    title = words.initiative_title(rng)
    iid = f"{slug(title)[:64].strip('-')}-{i + 1}"
    refs = random.Random(f"{SEED}-refs-{n}-{i}")
    themes = rng.sample(leaves, rng.choice([1, 1, 2, 2, 3]))
    updates = make_updates(rng)
    init = {"id": iid, "index": i, "title": title, "number": str(i + 1),
            "summary": words.sentence(rng), "themes": themes,
            "owner": rng.sample(words.OWNERS, rng.choice([1, 1, 1, 2])),
            "partners": rng.sample(words.PARTNERS, rng.randint(0, 3)),
            "cost": rng.choice(["small", "medium", "large"]), "quick_win": rng.random() < 0.2,
            "resources": [{"unit": u, "load": rng.randint(1, 3)}
                          for u in rng.sample(words.UNITS, rng.randint(0, 4))],
            "tags": rng.sample(words.TAGS, rng.randint(0, 3)), "updates": updates}
    if not updates:
        init["status"] = rng.choice(["proposed", "proposed", "postponed"])
    elif rng.random() < 0.3:
        init["status"] = next(u["status"] for u in reversed(updates) if "status" in u)
    start_year = rng.choice([2024, 2025, 2026])
    init["start"] = rng.choice([f"{start_year}-H1", f"{start_year}-H2", str(start_year), f"{start_year}-Q3"])
    if rng.random() < 0.5:
        init["end"] = str(min(2028, start_year + rng.randint(1, 2)))
    if rng.random() < 0.4:
        init["budget"] = {"amount": rng.randint(1, 400) * 25000, "currency": "DKK",
                          "note": "Årligt beløb"}
    if indicators and rng.random() < 0.6:
        init["indicators"] = [ind["id"] for ind in refs.sample(indicators, min(len(indicators), refs.randint(1, 2)))]
    others = [refs.randrange(n) for _ in range(refs.randint(1, 3))] if n > 1 else []
    init["refs"] = [j for j in others if j != i]
    init["body_seed"] = (i, themes, init.get("indicators", []))
    return init


def build_model(n):
    themes = make_themes()
    leaves = leaf_ids(themes)
    indicators = [make_indicator(k, leaves) for k in range(max(1, n // 10))]
    initiatives = [make_initiative(i, n, leaves, indicators) for i in range(n)]
    by_index = {ini["index"]: ini for ini in initiatives}
    for ini in initiatives:
        i, ithemes, iinds = ini.pop("body_seed")
        ini["body"] = words.body(random.Random(f"{SEED}-body-{i}"), ithemes, iinds,
                                 [(by_index[j]["title"], by_index[j]["id"]) for j in ini.pop("refs")])
    pages = words.pages(themes, initiatives[:5])
    return {"n": n, "themes": themes, "leaves": leaves, "indicators": indicators,
            "initiatives": initiatives, "pages": pages, "plan": words.PLAN}


# --- overblik content ------------------------------------------------------


def block(text, indent):
    pad = " " * indent
    return "|-\n" + "\n".join(pad + line if line else "" for line in text.split("\n"))


def initiative_front_matter(ini, keys_map=None):
    """Front matter lines shared by both sites (keys_map renames keys)."""
    k = keys_map or {}
    lines = [f"title: {q(ini['title'])}", f"number: {q(ini['number'])}",
             f"summary: {q(ini['summary'])}",
             f"{k.get('themes', 'themes')}: [{', '.join(ini['themes'])}]"]
    if "status" in ini:
        lines.append(f"status: {ini['status']}")
    owners = ini["owner"]
    lines.append(f"owner: {q(owners[0])}" if len(owners) == 1 else
                 "owner:\n" + "\n".join(f"  - {q(o)}" for o in owners))
    if ini["partners"]:
        lines.append("partners:\n" + "\n".join(f"  - {q(p)}" for p in ini["partners"]))
    lines.append(f"start: {q(ini['start'])}")
    if "end" in ini:
        lines.append(f"end: {q(ini['end'])}")
    lines.append(f"cost: {ini['cost']}")
    if "budget" in ini:
        b = ini["budget"]
        lines.append(f"budget:\n  amount: {b['amount']}\n  currency: {b['currency']}\n  note: {q(b['note'])}")
    lines.append(f"quick_win: {'true' if ini['quick_win'] else 'false'}")
    if ini["resources"]:
        lines.append(f"{k.get('resources', 'resources')}:\n" + "\n".join(f"  - unit: {q(r['unit'])}\n    load: {r['load']}"
                                                for r in ini["resources"]))
    if ini.get("indicators"):
        lines.append(f"indicators: [{', '.join(ini['indicators'])}]")
    if ini["tags"]:
        lines.append(f"tags: [{', '.join(q(t) for t in ini['tags'])}]")
    if ini["updates"]:
        out = ["updates:"]
        for u in ini["updates"]:
            out.append(f"  - date: {u['date']}")
            if "status" in u:
                out.append(f"    status: {u['status']}")
            if "progress" in u:
                out.append(f"    progress: {u['progress']}")
            out.append(f"    text: {block(u['text'], 6)}")
        lines.append("\n".join(out))
    return lines


def fmt_number(v):
    if v is None:
        return "null"
    return repr(v) if isinstance(v, float) else str(v)


def indicator_yaml(ind):
    lines = [f"title: {q(ind['title'])}", f"number: {q(ind['number'])}", f"unit: {q(ind['unit'])}",
             f"description: {block(ind['description'], 2)}", f"source: {q(ind['source'])}",
             f"direction: {ind['direction']}", f"decimals: {ind['decimals']}",
             f"themes: [{', '.join(ind['themes'])}]"]
    if "baseline" in ind:
        b = ind["baseline"]
        lines.append(f"baseline:\n  period: {q(b['period'])}\n  value: {fmt_number(b['value'])}")
    if "target" in ind:
        t = ind["target"]
        v = t["value"]
        v = f"[{fmt_number(v[0])}, {fmt_number(v[1])}]" if isinstance(v, list) else fmt_number(v)
        lines.append(f"target:\n  period: {q(t['period'])}\n  value: {v}")
    if not ind["csv"]:
        out = ["series:"]
        for s in ind["series"]:
            out.append(f"  - name: {q(s['name'])}\n    values:")
            out.extend(f"      {q(p)}: {fmt_number(v)}" for p, v in s["values"])
        lines.append("\n".join(out))
    if ind["notes"]:
        lines.append("notes:\n" + "\n".join(f"  - {block(note, 4)}" for note in ind["notes"]))
    return "\n".join(lines) + "\n"


def indicator_csv(ind):
    rows = ["series,period,value"]
    for s in ind["series"]:
        name = s["name"]
        if "," in name or '"' in name:
            name = '"' + name.replace('"', '""') + '"'
        rows.extend(f"{name},{p},{'' if v is None else fmt_number(v)}" for p, v in s["values"])
    return "\n".join(rows) + "\n"


def plan_yaml(plan):
    return "\n".join([
        f"title: {q(plan['title'])}", f"subtitle: {q(plan['subtitle'])}",
        f"organisation: {q(plan['organisation'])}", f"department: {q(plan['department'])}",
        "language: da", f"base_url: {plan['base_url']}",
        f"period:\n  start: {plan['start']}\n  end: {plan['end']}",
        f"published: {plan['published']}", f"intro: {block(plan['intro'], 2)}",
        "contact:\n" + "\n".join(f"  {k}: {q(v)}" for k, v in plan["contact"].items()),
        f"licence: {q(plan['licence'])}", "stale_after_days: 365"]) + "\n"


def themes_yaml(themes):
    out = []
    for t in themes:
        out.append(f"- id: {t['id']}\n  title: {q(t['title'])}\n  number: {q(t['number'])}\n"
                   f"  short: {q(t['short'])}")
        if t["parent"]:
            out.append(f"  parent: {t['parent']}")
        out.append(f"  summary: {block(t['summary'], 4)}")
    return "\n".join(out) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def fresh_dir(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)


def write_plan(model, out):
    fresh_dir(out)
    write(os.path.join(out, "plan.yaml"), plan_yaml(model["plan"]))
    write(os.path.join(out, "themes.yaml"), themes_yaml(model["themes"]))
    for ini in model["initiatives"]:
        text = "---\n" + "\n".join(initiative_front_matter(ini)) + "\n---\n\n" + ini["body"]
        write(os.path.join(out, "initiatives", ini["id"] + ".md"), text)
    for ind in model["indicators"]:
        write(os.path.join(out, "indicators", ind["id"] + ".yaml"), indicator_yaml(ind))
        if ind["csv"]:
            write(os.path.join(out, "indicators", ind["id"] + ".csv"), indicator_csv(ind))
    for page in model["pages"]:
        fm = [f"title: {q(page['title'])}", f"summary: {q(page['summary'])}"]
        if page.get("menu"):
            fm.append(f"menu: {page['menu']}")
        write(os.path.join(out, "pages", page["slug"] + ".md"),
              "---\n" + "\n".join(fm) + "\n---\n\n" + page["body"])


def main(argv):
    if len(argv) != 4 or not argv[1].isdigit() or int(argv[1]) < 1:
        sys.stderr.write("usage: gen.py N PLAN_DIR HUGO_DIR   (a dir may be '-' to skip it)\n")
        return 2
    model = build_model(int(argv[1]))
    if argv[2] != "-":
        write_plan(model, argv[2])
    if argv[3] != "-":
        fresh_dir(argv[3])
        hugo_site.write_site(model, argv[3], write, initiative_front_matter, q)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
