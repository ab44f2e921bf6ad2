"""Write the Hugo equivalent of a synthetic plan (see gen.py).

The site has the same page set as overblik's: front page, initiatives list and
one page per initiative, themes list and one page per theme (a taxonomy: the
groups have their own term pages), matrix, action plan, indicators list and one
page per indicator, updates page with an Atom feed, print page, narrative
pages, data exports (CSV/JSON), search index and sitemap. The templates do the
same work as overblik's view models, the idiomatic Hugo way: statuses,
staleness and assessments are computed in templates (cached once per page with
partialCached, as overblik computes them once in its model), Markdown is
rendered by Goldmark with a link render hook that resolves the cross-reference
schemes. Where this differs from overblik it favours Hugo (see layouts notes).
"""
import json
import os

from hugo_layouts import LAYOUTS

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.join(HERE, "..", "..", "templates", "assets")

LABELS = """status:
  proposed: foreslået
  approved: godkendt
  started: igangsat
  completed: gennemført
  postponed: udskudt
  stopped: stoppet
cost:
  small: lille
  medium: mellem
  large: stor
assessment:
  met: opfyldt
  progress: fremgang
  no-progress: ingen fremgang
  pending: undervejs
  not-met: ikke opfyldt
  no-data: ingen data
  no-target: intet mål
direction:
  decrease: faldende er bedre
  increase: stigende er bedre
  none: ingen retning
"""


def config(model, q):
    plan = model["plan"]
    outputs = ("[HTML, SearchIndex, InitiativesJSON, InitiativesCSV, MatrixCSV, IndicatorsCSV, "
               "IndicatorsJSON, AssessmentsCSV]")
    fmt = "\n".join(
        f"  {name}:\n    mediaType: {media}\n    baseName: {base}\n    isPlainText: true\n"
        f"    notAlternative: true" + (f"\n    path: {path}" if path else "")
        for name, media, base, path in [
            ("Atom", "application/atom+xml", "feed", None),
            ("SearchIndex", "application/json", "search-index", None),
            ("InitiativesJSON", "application/json", "initiatives", "data"),
            ("InitiativesCSV", "text/csv", "initiatives", "data"),
            ("MatrixCSV", "text/csv", "matrix", "data"),
            ("IndicatorsCSV", "text/csv", "indicators", "data"),
            ("IndicatorsJSON", "application/json", "indicators", "data"),
            ("AssessmentsCSV", "text/csv", "assessments", "data")])
    contact = "\n".join(f"    {k}: {q(v)}" for k, v in plan["contact"].items())
    return f"""baseURL: {plan['base_url']}/
languageCode: da
defaultContentLanguage: da
title: {q(plan['title'])}
timeZone: UTC
disableHugoGeneratorInject: true
taxonomies:
  tema: temaer
mediaTypes:
  application/atom+xml:
    suffixes: [xml]
outputFormats:
{fmt}
outputs:
  home: {outputs}
  section: [HTML]
  taxonomy: [HTML]
  term: [HTML]
  page: [HTML]
markup:
  goldmark:
    renderer:
      unsafe: false
    extensions:
      typographer: false
params:
  subtitle: {q(plan['subtitle'])}
  organisation: {q(plan['organisation'])}
  department: {q(plan['department'])}
  published: "{plan['published']}"
  period: "{plan['start']}–{plan['end']}"
  period_start: {plan['start']}
  period_end: {plan['end']}
  licence: {q(plan['licence'])}
  stale_after_days: 365
  today: "2026-01-01"
  contact:
{contact}
"""


def front(title, extra=""):
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n{extra}---\n"


def indicator_page(ind, q):
    lines = [f"title: {q(ind['title'])}", f"number: {q(ind['number'])}", f"weight: {int(ind['number'])}",
             f"unit: {q(ind['unit'])}", f"source: {q(ind['source'])}", f"direction: {ind['direction']}",
             f"decimals: {ind['decimals']}", f"temaer: [{', '.join(ind['themes'])}]"]
    if "baseline" in ind:
        b = ind["baseline"]
        lines.append(f"baseline:\n  period: {q(b['period'])}\n  value: {b['value']}")
    if "target" in ind:
        t = ind["target"]
        v = t["value"]
        if isinstance(v, list):
            lines.append(f"target:\n  period: {q(t['period'])}\n  low: {v[0]}\n  high: {v[1]}")
        else:
            lines.append(f"target:\n  period: {q(t['period'])}\n  value: {v}")
    out = ["series:"]
    for s in ind["series"]:
        out.append(f"  - name: {q(s['name'])}\n    values:")
        out.extend(f"      {q(p)}: {'null' if v is None else v}" for p, v in s["values"])
    lines.append("\n".join(out))
    if ind["notes"]:
        lines.append("notes:\n" + "\n".join(f"  - {q(n)}" for n in ind["notes"]))
    return "---\n" + "\n".join(lines) + "\n---\n\n" + ind["description"] + "\n"


def themes_data(themes, q):
    out = []
    for k, t in enumerate(themes):
        out.append(f"- id: {t['id']}\n  title: {q(t['title'])}\n  number: {q(t['number'])}\n"
                   f"  short: {q(t['short'])}\n  weight: {k + 1}")
        if t["parent"]:
            out.append(f"  parent: {t['parent']}")
    return "\n".join(out) + "\n"


def write_site(model, out, write, initiative_front_matter, q):
    j = os.path.join
    write(j(out, "config.yaml"), config(model, q))
    write(j(out, "data", "labels.yaml"), LABELS)
    write(j(out, "data", "themes.yaml"), themes_data(model["themes"], q))
    for path, text in LAYOUTS.items():
        write(j(out, "layouts", path), text)
    for name in sorted(os.listdir(ASSETS)):
        with open(j(ASSETS, name), encoding="utf-8") as f:
            write(j(out, "static", "_overblik", name), f.read())
    c = j(out, "content")
    write(j(c, "_index.md"), front(model["plan"]["title"]) + "\n" + model["plan"]["intro"] + "\n")
    write(j(c, "initiativer", "_index.md"), front("Initiativer"))
    for ini in model["initiatives"]:
        fm = initiative_front_matter(ini, {"resources": "resource_draw", "themes": "temaer"})
        fm.append(f"weight: {ini['index'] + 1}")
        write(j(c, "initiativer", ini["id"] + ".md"), "---\n" + "\n".join(fm) + "\n---\n\n" + ini["body"])
    write(j(c, "temaer", "_index.md"), front("Temaer"))
    for k, t in enumerate(model["themes"]):
        extra = f"number: {q(t['number'])}\nshort: {q(t['short'])}\nweight: {k + 1}\n"
        if t["parent"]:
            extra += f"parent: {t['parent']}\n"
        write(j(c, "temaer", t["id"], "_index.md"), front(t["title"], extra) + "\n" + t["summary"] + "\n")
    write(j(c, "indikatorer", "_index.md"), front("Indikatorer"))
    for ind in model["indicators"]:
        write(j(c, "indikatorer", ind["id"] + ".md"), indicator_page(ind, q))
    write(j(c, "opdateringer", "_index.md"), front("Opdateringer", "outputs: [HTML, Atom]\n"))
    write(j(c, "handleplan", "_index.md"), front("Handleplan"))
    write(j(c, "matrix", "_index.md"), front("Matrix"))
    write(j(c, "udskrift", "_index.md"), front("Hele planen"))
    for p in model["pages"]:
        extra = f"summary: {q(p['summary'])}\nlayout: narrative\n"
        if p.get("menu"):
            extra += f"menu:\n  main:\n    weight: {p['menu']}\n"
        write(j(c, p["slug"] + ".md"), front(p["title"], extra) + "\n" + p["body"])
