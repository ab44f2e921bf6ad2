#!/usr/bin/env python3
"""--format json|github|sarif|codequality of `overblik check`, for every case
of tests/invalid: each format is checked against its schema or grammar, and
holds exactly the diagnostics of the text output (file, line, column,
severity, message, hint), with paths from the top of the repository. The
cases are put together (base/ + cases/NAME/, tests/invalid/run.sh
--assemble) as tests/invalid/NAME in a temporary folder made a repository
by its .git folder.

    check_formats.py BINARY

The SARIF schema is the official sarif-2.1.0-rtm.5.json, from the npm package
in this folder (npm ci --prefix tests/formats --ignore-scripts; make
test-unit does it)."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

import jsonschema

HERE = Path(__file__).resolve().parent
INVALID = HERE.parent / "invalid"
SCHEMA = HERE / "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"

HEADER = re.compile(r"^(.+?):(\d+):(\d+): (error|warning): (.*)$")
# A workflow command: properties without raw ',' ':' CR LF, '%' only in an escape.
PROP_VALUE = r"(?:[^,:%\r\n]|%25|%0D|%0A|%3A|%2C)*"
DATA = r"(?:[^%\r\n]|%25|%0D|%0A)*"
GITHUB = re.compile(rf"^::(error|warning) file=({PROP_VALUE})(?:,line=([1-9]\d*),col=([1-9]\d*))?,title=overblik::({DATA})$")
CODEQUALITY_SEVERITY = {"error": "critical", "warning": "minor"}

failures = []


def fail(case, what):
    failures.append(f"{case}: {what}")


def run(binary, cwd, *args):
    env = dict(os.environ, NO_COLOR="1")
    p = subprocess.run([binary, "check", "--content", "content", "--today", "2026-01-01", *args],
                       cwd=cwd, capture_output=True, text=True, env=env)
    return p.returncode, p.stdout, p.stderr


def parse_text(stderr):
    """The diagnostics of the text format, as dicts like the JSON format's."""
    diags = []
    for line in stderr.splitlines():
        m = HEADER.match(line)
        if m:
            diags.append({"file": m[1], "line": int(m[2]), "column": int(m[3]), "severity": m[4],
                          "message": m[5], "hint": ""})
        elif line.startswith("  hint: ") and diags:
            diags[-1]["hint"] = line[len("  hint: "):]
    return diags


def unescape(text):
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: urllib.parse.unquote("%" + m[1]), text)


def check_github(case, out, expected):
    lines = out.splitlines()
    if len(lines) != len(expected):
        fail(case, f"github: {len(lines)} lines for {len(expected)} diagnostics")
    for line, d in zip(lines, expected):
        m = GITHUB.match(line)
        if not m:
            fail(case, f"github: not a workflow command: {line!r}")
            continue
        text = d["message"] + ("\nhint: " + d["hint"] if d["hint"] else "")
        got = (m[1], unescape(m[2]), int(m[3] or 0), int(m[4] or 0), unescape(m[5]))
        want = (d["severity"], d["file"], d["line"], d["column"], text)
        if d["line"] == 0:
            want = (d["severity"], d["file"], 0, 0, text)
        if got != want:
            fail(case, f"github: {got} != {want}")


def check_sarif(case, out, expected, validator):
    log = json.loads(out)
    errors = sorted(validator.iter_errors(log), key=str)
    for e in errors[:3]:
        fail(case, f"sarif: schema: {e.message} at {list(e.absolute_path)}")
    results = log["runs"][0]["results"]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    if len(results) != len(expected):
        fail(case, f"sarif: {len(results)} results for {len(expected)} diagnostics")
    for r, d in zip(results, expected):
        loc = r["locations"][0]["physicalLocation"]
        region = loc.get("region", {"startLine": 0, "startColumn": d["column"]})
        text = d["message"] + ("\nhint: " + d["hint"] if d["hint"] else "")
        got = (r["level"], urllib.parse.unquote(loc["artifactLocation"]["uri"]), region["startLine"],
               region["startColumn"], r["message"]["text"], rules[r["ruleIndex"]]["id"] == r["ruleId"])
        want = (d["severity"], d["file"], d["line"], d["column"], text, True)
        if got != want:
            fail(case, f"sarif: {got} != {want}")


def check_codequality(case, out, expected):
    report = json.loads(out)
    if len(report) != len(expected):
        fail(case, f"codequality: {len(report)} issues for {len(expected)} diagnostics")
    fingerprints = set()
    for issue, d in zip(report, expected):
        text = d["message"] + ("\nhint: " + d["hint"] if d["hint"] else "")
        got = (issue["description"], issue["location"]["path"], issue["location"]["lines"]["begin"], issue["severity"])
        want = (text, d["file"], max(1, d["line"]), CODEQUALITY_SEVERITY[d["severity"]])
        if got != want:
            fail(case, f"codequality: {got} != {want}")
        if not re.fullmatch(r"[0-9a-f]{16}", issue["fingerprint"]) or issue["check_name"] != "overblik":
            fail(case, f"codequality: bad fingerprint or check_name in {issue}")
        fingerprints.add(issue["fingerprint"])
    if len(fingerprints) != len(report):
        fail(case, "codequality: fingerprints are not unique")


def check_case(binary, case_dir, prefix, validator):
    """One case, run in case_dir; prefix: what the machine formats put before the text format's paths."""
    case = case_dir.name
    rc, _, text_err = run(binary, case_dir)
    expected = parse_text(text_err)
    for d in expected:
        d["file"] = prefix + d["file"]
    outputs = {}
    for fmt in ("json", "github", "sarif", "codequality"):
        frc, out, err = run(binary, case_dir, "--format", fmt)
        outputs[fmt] = out
        if frc != rc:
            fail(case, f"{fmt}: exit {frc}, text gives {rc}")
        if err.strip().splitlines()[-1:] != text_err.strip().splitlines()[-1:]:
            fail(case, f"{fmt}: the summary line on stderr differs from the text format's")
    got = json.loads(outputs["json"])
    if got != expected:
        fail(case, f"json: {json.dumps(got, ensure_ascii=False)}\n  != text: {json.dumps(expected, ensure_ascii=False)}")
    check_github(case, outputs["github"], expected)
    check_sarif(case, outputs["sarif"], expected, validator)
    check_codequality(case, outputs["codequality"], expected)
    return len(expected)


def main():
    binary = os.path.abspath(sys.argv[1])
    if not SCHEMA.is_file():
        sys.exit(f"formats: {SCHEMA} is missing: npm ci --prefix tests/formats --ignore-scripts")
    schema = json.loads(SCHEMA.read_text())
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        (repo / ".git").mkdir(parents=True)
        assembled = repo / "tests/invalid"
        subprocess.run(["bash", str(INVALID / "run.sh"), "--assemble", str(assembled)], check=True)
        cases = sorted(p for p in assembled.iterdir() if (p / "content").is_dir())
        for case_dir in cases:
            prefix = case_dir.relative_to(repo).as_posix() + "/"
            total += check_case(binary, case_dir, prefix, validator)
        # Outside a git repository the paths stay as given.
        for name in ("csv-header", "unknown-keys"):
            if (assembled / name).is_dir():
                shutil.copytree(assembled / name, Path(tmp) / name, symlinks=True)
                total += check_case(binary, Path(tmp) / name, "", validator)
    if total == 0:
        fail("all", "no diagnostics at all: the invalid suite was not found")
    for f in failures:
        print("FAIL", f)
    print(f"formats: {len(cases)} cases, {total} diagnostics, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
