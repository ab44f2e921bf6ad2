#!/usr/bin/env python3
"""`overblik init --ci github|gitlab`: the workflows it writes are parsed, and
each shell step is run here, in a temporary git repository with a local
"origin", with the forge's environment variables set, as the forge would run
it on a pull/merge request (a clean change, then a broken one) and on the main
branch. Checked: the job summary (the check's summary line and the diff), the
annotations or the Code Quality report, and the built site.

    check_ci.py BINARY

Steps that use an action (actions/checkout, the Pages actions) are the
forge's own and are not run. apt-get is replaced by a script that records
its arguments (a test must not install system packages); the install step
fetches a stand-in .deb with curl from a file:// address, and the overblik
under test comes first on PATH."""
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

GITHUB_LINE = re.compile(r"^::(error|warning) file=((?:[^,:%\r\n]|%25|%0D|%0A|%3A|%2C)*)"
                         r"(?:,line=[1-9]\d*,col=[1-9]\d*)?,title=overblik::(?:[^%\r\n]|%25|%0D|%0A)*$")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL", what)


def sh(cmd, cwd, env=None, ok=True):
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, shell=isinstance(cmd, str))
    if ok and p.returncode != 0:
        sys.exit(f"ci: {cmd} failed ({p.returncode}):\n{p.stdout}{p.stderr}")
    return p


class Sandbox:
    """A repository with a plan and workflows, a bare origin, a fake apt-get."""

    def __init__(self, tmp, binary):
        self.tmp, self.binary = Path(tmp), binary
        self.repo = self.tmp / "repo"
        self.fakebin = self.tmp / "fakebin"
        self.fakebin.mkdir()
        apt = self.fakebin / "apt-get"
        apt.write_text(f'#!/bin/sh\necho "$*" >> "{self.tmp}/apt-get.log"\n')
        apt.chmod(0o755)
        (self.tmp / "overblik.deb").write_bytes(b"stand-in")
        (self.tmp / "home").mkdir()
        (self.tmp / "work").mkdir()
        self.base_env = {
            "PATH": f"{self.fakebin}:{Path(binary).parent}:/usr/bin:/bin",
            "HOME": str(self.tmp / "home"), "TMPDIR": str(self.tmp / "work"), "LANG": "en_US.UTF-8",
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "NO_COLOR": "1",
        }

    def git(self, *args):
        return sh(["git", *args], self.repo, self.base_env)

    def init(self):
        self.repo.mkdir()
        self.git("init", "-q", "-b", "main")
        for forge in ("github", "gitlab"):
            p = sh([self.binary, "init", "content", "--ci", forge, "--today", "2026-01-01"] if forge == "github"
                   else [self.binary, "init", "--ci", forge], self.repo, self.base_env)
            name = ".github/workflows/overblik.yml" if forge == "github" else ".gitlab-ci.yml"
            check(f"created {name}" in p.stdout, f"init --ci {forge}: {p.stdout}")
        again = sh([self.binary, "init", "--ci", "github"], self.repo, self.base_env, ok=False)
        check(again.returncode == 2 and "--force" in again.stderr, f"init --ci github overwrote: {again.stderr}")
        forced = sh([self.binary, "init", "--ci", "github", "--force"], self.repo, self.base_env, ok=False)
        check(forced.returncode == 0 and "overwrote" in forced.stdout, f"init --ci --force: {forced.stdout}")
        self.git("add", "-A")
        self.git("commit", "-q", "-m", "plan")
        sh(["git", "clone", "-q", "--bare", str(self.repo), str(self.tmp / "origin.git")], self.tmp, self.base_env)
        self.git("remote", "add", "origin", str(self.tmp / "origin.git"))

    def branch(self, name, edit):
        """A branch off main with `edit(repo)` committed."""
        self.git("checkout", "-q", "-B", name, "main")
        edit(self.repo)
        self.git("commit", "-q", "-am", name)


def run_script(script, cwd, env, shell=("bash", "--noprofile", "--norc", "-eo", "pipefail")):
    p = subprocess.run([*shell, "-c", script], cwd=cwd, env=env, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def retitle(repo):
    path = next((repo / "content/initiatives").glob("*.md"))
    text = path.read_text()
    path.write_text(re.sub(r"^title: .*$", "title: Et nyt navn til initiativet", text, count=1, flags=re.M))


def break_plan(repo):
    retitle(repo)
    path = next((repo / "content/initiatives").glob("*.md"))
    path.write_text(path.read_text().replace("\ntitle:", "\nstatuss: started\ntitle:", 1))


def github_steps(workflow, job):
    return [s for s in workflow["jobs"][job]["steps"] if "run" in s]


def run_github_job(box, workflow, job, event):
    """Runs the job's run steps as GitHub would; returns (step name → (rc, out, err), summary)."""
    summary = box.tmp / "work" / f"summary-{job}-{event}.md"
    summary.write_text("")
    env = dict(box.base_env, **{k: str(v) for k, v in workflow["env"].items()})
    env.update(OVERBLIK_DEB_URL=f"file://{box.tmp}/overblik.deb", GITHUB_STEP_SUMMARY=str(summary),
               GITHUB_EVENT_NAME=event, GITHUB_WORKSPACE=str(box.repo), GITHUB_ACTIONS="true", CI="true")
    if event == "pull_request":
        env.update(GITHUB_BASE_REF="main", GITHUB_HEAD_REF="change")
    results, failed = {}, False
    for step in github_steps(workflow, job):
        if failed and "always()" not in str(step.get("if", "")):
            continue
        results[step["name"]] = run_script(step["run"], box.repo, env)
        failed = failed or results[step["name"]][0] != 0
    return results, summary.read_text()


def test_github(box):
    workflow = yaml.safe_load((box.repo / ".github/workflows/overblik.yml").read_text())
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true
    check("pull_request" in on and on["push"]["branches"] == ["main"], f"github: triggers {on}")
    check(workflow["env"]["OVERBLIK_CONTENT"] == "content", "github: OVERBLIK_CONTENT")
    uses = [s.get("uses", "") for j in workflow["jobs"].values() for s in j["steps"]]
    check(any(u.startswith("actions/deploy-pages@") for u in uses), "github: no Pages deployment")

    box.branch("change", retitle)
    box.git("push", "-q", "origin", "main")
    res, summary = run_github_job(box, workflow, "check", "pull_request")
    for name, (rc, out, err) in res.items():
        check(rc == 0, f"github check job, clean change: step '{name}' failed ({rc}):\n{out}{err}")
    # The starter plan (Danish) has seven warnings: base_url is left for the
    # user to fill in, and six texts are still init's placeholders.
    check(re.search(r"# overblik check\n\n7 advarsler\n", summary), f"github: summary lacks the check:\n{summary}")
    check("Et nyt navn til initiativet" in summary, f"github: summary lacks the diff:\n{summary}")
    check("Install overblik" in res and box.tmp.joinpath("apt-get.log").read_text().count("overblik.deb") == 1,
          "github: the install step did not install the downloaded .deb")

    box.branch("change", break_plan)
    res, summary = run_github_job(box, workflow, "check", "pull_request")
    rc, out, err = res["Check the content"]
    annotations = [l for l in out.splitlines() if l.startswith("::")]
    check(rc == 1, f"github: the check step passed a broken plan ({rc})")
    check(annotations and all(GITHUB_LINE.match(l) for l in annotations), f"github: annotations:\n{out}")
    check(any("file=content/initiatives/" in l and "statuss" in l for l in annotations),
          f"github: no annotation for the broken key:\n{out}")
    expected = json.loads(sh([box.binary, "check", "--content", "content", "--format", "json"], box.repo,
                             box.base_env, ok=False).stdout)
    check(len(annotations) == len(expected), f"github: {len(annotations)} annotations for {len(expected)} problems")
    check("Report what the change does to the plan" in res, "github: the report step did not run after a failure")
    check("1 fejl" in summary and "Ingen sammenligning" in summary, f"github: summary of a broken plan:\n{summary}")

    box.git("checkout", "-q", "main")
    res, _ = run_github_job(box, workflow, "build", "push")
    for name, (rc, out, err) in res.items():
        check(rc == 0, f"github build job: step '{name}' failed:\n{out}{err}")
    check((box.repo / "_site/index.html").is_file(), "github: the build job wrote no _site/index.html")


def run_gitlab_job(box, ci, job, extra):
    env = dict(box.base_env, **{k: str(v) for k, v in ci["variables"].items()})
    env.update(OVERBLIK_DEB_URL=f"file://{box.tmp}/overblik.deb", CI="true", GITLAB_CI="true",
               CI_PROJECT_DIR=str(box.repo), CI_DEFAULT_BRANCH="main", **extra)
    lines = ci["default"]["before_script"] + ci[job]["script"]
    return run_script("\n".join(lines), box.repo, env)


def test_gitlab(box):
    ci = yaml.safe_load((box.repo / ".gitlab-ci.yml").read_text())
    check(ci["overblik-check"]["rules"][0]["if"] == '$CI_PIPELINE_SOURCE == "merge_request_event"', "gitlab: MR rule")
    check(ci["overblik-check"]["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json",
          "gitlab: no Code Quality report")
    check(ci["pages"]["artifacts"]["paths"] == ["public"], "gitlab: pages publishes no public/")
    mr = {"CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main",
          "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME": "change"}

    box.branch("change", retitle)
    rc, out, err = run_gitlab_job(box, ci, "overblik-check", mr)
    check(rc == 0, f"gitlab check job, clean change: failed ({rc}):\n{out}{err}")
    changes = (box.repo / "overblik-changes.md").read_text()
    check("Et nyt navn til initiativet" in changes, f"gitlab: overblik-changes.md lacks the diff:\n{changes}")
    report = json.loads((box.repo / "gl-code-quality-report.json").read_text())
    check([i["severity"] for i in report] == ["minor"] * 7, f"gitlab: report of a clean plan (seven warnings): {report}")

    box.branch("change", break_plan)
    (box.repo / "overblik-changes.md").unlink()
    rc, out, err = run_gitlab_job(box, ci, "overblik-check", mr)
    check(rc != 0, "gitlab: the check job passed a broken plan")
    report = json.loads((box.repo / "gl-code-quality-report.json").read_text())
    check(any(i["location"]["path"].startswith("content/initiatives/") and "statuss" in i["description"]
              for i in report), f"gitlab: Code Quality report lacks the broken key: {report}")
    check("Ingen sammenligning" in (box.repo / "overblik-changes.md").read_text(), "gitlab: changes of a broken plan")

    box.git("checkout", "-q", "main")
    rc, out, err = run_gitlab_job(box, ci, "pages", {"CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "main"})
    check(rc == 0, f"gitlab pages job failed:\n{out}{err}")
    check((box.repo / "public/index.html").is_file(), "gitlab: the pages job wrote no public/index.html")


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        box = Sandbox(tmp, binary)
        box.init()
        test_github(box)
        test_gitlab(box)
    print(f"ci: {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
