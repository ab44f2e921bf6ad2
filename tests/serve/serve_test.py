#!/usr/bin/env python3
"""End-to-end test of `overblik serve` over real HTTP (standard library only).

    serve_test.py OVERBLIK_BINARY CONTENT_DIR

Copies CONTENT_DIR to a temporary folder, serves it on a free port, and
checks: pages and assets with their types, an edit showing up (with the
observed latency), a reload event on the event stream, an error page (500)
naming file:line:column while the content is broken, recovery, and a clean
exit on SIGINT. Prints `serve: N passed, M failed`; exits 1 on any failure.
"""
import ctypes
import http.client
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

PASSED = 0
FAILED = 0
TIMEOUT = 10.0


def check(name, ok, detail=""):
    global PASSED, FAILED
    if ok:
        PASSED += 1
        print(f"ok   {name}", flush=True)
    else:
        FAILED += 1
        print(f"FAIL {name}{': ' + detail if detail else ''}", flush=True)
    return ok


def die_with_parent():
    """Runs in the child: SIGTERM it when the test dies, even by SIGKILL."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


class Server:
    """`overblik serve` in the background; its output is collected line by line."""

    def __init__(self, binary, content):
        self.lines = queue.Queue()
        self.out = []
        self.err = []
        self.proc = subprocess.Popen(
            [binary, "serve", "--content", content, "--port", "0", "--today", "2026-01-01"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
            env=dict(os.environ, NO_COLOR="1"), preexec_fn=die_with_parent)
        threading.Thread(target=self._read, args=(self.proc.stdout, self.out, True), daemon=True).start()
        threading.Thread(target=self._read, args=(self.proc.stderr, self.err, False), daemon=True).start()

    def _read(self, stream, into, announce):
        for line in stream:
            into.append(line.rstrip("\n"))
            if announce:
                self.lines.put(line.rstrip("\n"))

    def wait_line(self, pattern, timeout=TIMEOUT):
        """The first new stdout line matching `pattern`, or None."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                break
            m = re.search(pattern, line)
            if m:
                return m
        return None

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def get(port, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path, headers=headers or {})
        r = conn.getresponse()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), r.read().decode("utf-8", "replace")
    except OSError as e:
        return 0, {}, str(e)
    finally:
        conn.close()


def poll(port, path, accept, timeout=TIMEOUT):
    """Fetches `path` until accept(status, body); returns (ok, seconds, last status, last body)."""
    start = time.monotonic()
    status, body = 0, ""
    while time.monotonic() - start < timeout:
        status, _, body = get(port, path)
        if accept(status, body):
            return True, time.monotonic() - start, status, body
        time.sleep(0.005)
    return False, time.monotonic() - start, status, body


def field(path, key):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith(key + ":"):
                return n, line[len(key) + 1:].strip()
    raise SystemExit(f"serve: no '{key}:' in {path}")


def rewrite(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert old in text, f"{old!r} not in {path}"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


class EventStream:
    """A client of /_overblik/events, sending the headers a browser sends."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        self.conn.request("GET", "/_overblik/events",
                          headers={"Accept": "text/event-stream", "Accept-Encoding": "gzip, deflate, br"})
        self.response = self.conn.getresponse()

    def wait_for(self, text):
        """Reads lines until one starts with `text`; True when found in time."""
        end = time.monotonic() + TIMEOUT
        try:
            while time.monotonic() < end:
                line = self.response.fp.readline().decode("utf-8", "replace")
                if not line:
                    return False
                if line.startswith(text):
                    return True
        except OSError:
            return False
        return False

    def close(self):
        self.conn.close()


def run(binary, content_src, tmp):
    content = os.path.join(tmp, "content")
    shutil.copytree(content_src, content)
    plan_title = field(os.path.join(content, "plan.yaml"), "title")[1]
    initiative = os.path.join(content, "initiatives", "en-indgang.md")
    title = field(initiative, "title")[1]
    themes_line, themes = field(initiative, "themes")
    page = "/initiativer/en-indgang/"

    server = Server(binary, content)
    try:
        m = server.wait_line(r"^Viser http://127\.0\.0\.1:(\d+)/ — tryk Ctrl\+C for at stoppe$", timeout=30)
        if not check("prints the address", m is not None, "\n".join(server.out + server.err)):
            return
        port = int(m.group(1))
        check("--port 0 picks a real port", port > 0, str(port))

        status, headers, body = get(port, "/")
        check("/ is the front page", status == 200 and plan_title in body, f"{status}")
        check("/ is text/html", headers.get("content-type", "").startswith("text/html"), str(headers))
        check("HTML gets the reload script", "/_overblik/events" in body and body.rfind("<script") < body.rfind("</body>"))
        status, _, body = get(port, page)
        check("the initiative page shows its title", status == 200 and f"<h1" in body and title in body, f"{status}")
        status, headers, _ = get(port, page.rstrip("/"))
        check("a folder without / redirects", status == 301 and headers.get("location") == page, f"{status} {headers}")
        status, headers, _ = get(port, "/_overblik/style.css")
        check("CSS is text/css", status == 200 and headers.get("content-type", "").startswith("text/css"), f"{status} {headers}")
        status, headers, _ = get(port, "/data/initiatives.json")
        check("JSON is application/json", status == 200 and headers.get("content-type", "").startswith("application/json"))
        status, _, body = get(port, "/findes-ikke/")
        check("an unknown path is 404", status == 404 and "Not found" in body, f"{status}")

        events = EventStream(port)
        check("the event stream is text/event-stream, uncompressed",
              events.response.getheader("Content-Type", "").startswith("text/event-stream")
              and events.response.getheader("Content-Encoding") is None, str(events.response.getheaders()))
        check("the event stream answers at once", events.wait_for(": listening"))

        new_title = title + " (redigeret)"
        rewrite(initiative, f"title: {title}", f"title: {new_title}")
        ok, latency, status, _ = poll(port, page, lambda s, b: s == 200 and new_title in b)
        check("an edit shows up", ok, f"last status {status} after {latency:.2f} s")
        print(f"     edit → page shows it: {latency * 1000:.0f} ms (debounce and polling included)", flush=True)
        m = server.wait_line(r"^Bygget igen på (\d+) ms: (\d+) filer$")
        check("prints the rebuild time", m is not None, "\n".join(server.out))
        if m:
            print(f"     the server's rebuild: {m.group(1)} ms for {m.group(2)} files", flush=True)
        check("a reload event follows the edit", events.wait_for("event: reload"))
        events.close()

        rewrite(initiative, f"themes: {themes}", "themes: [ukendt-tema]")
        ok, latency, status, body = poll(port, page, lambda s, b: s == 500)
        check("a content error makes pages 500", ok, f"last status {status}")
        # The plan is Danish: the message is, the position and "error" are not.
        where = f"initiatives/en-indgang.md:{themes_line}:10: error: ukendt tema"
        check("the error page names file:line:column", where in body, body[:2000])
        check("the error page is in the plan's language", "Sitet kunne ikke bygges: 1 fejl" in body and 'lang="da"' in body,
              body[:600])
        check("the error page gets the reload script", "/_overblik/events" in body)
        status, _, body = get(port, "/")
        check("every page shows the error", status == 500 and where in body, f"{status}")
        status, _, _ = get(port, "/_overblik/style.css")
        check("assets still load during an error", status == 200, f"{status}")
        check("the terminal says so", server.wait_line(r"^Bygget igen på \d+ ms: 1 fejl — vises i browseren$") is not None,
              "\n".join(server.out))
        check("the terminal prints the diagnostic", any(where in line for line in server.err), "\n".join(server.err[-20:]))

        rewrite(initiative, "themes: [ukendt-tema]", f"themes: {themes}")
        ok, latency, status, _ = poll(port, page, lambda s, b: s == 200 and new_title in b)
        check("fixing the error brings the page back", ok, f"last status {status}")

        server.proc.send_signal(signal.SIGINT)
        try:
            code = server.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            code = None
        check("Ctrl+C stops it cleanly (exit 0)", code == 0, f"exit {code}; stderr: {server.err[-5:]}")
        status, _, _ = get(port, "/")
        check("the port is closed afterwards", status == 0, f"{status}")
    finally:
        server.kill()


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, content_src = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    tmp = tempfile.mkdtemp(prefix="overblik-serve-")
    # SIGTERM (ctest's timeout, a CI cancel) goes through the same cleanup.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        run(binary, content_src, tmp)
    except Exception as e:  # a broken test counts as a failure, and still cleans up
        check("the test ran to the end", False, repr(e))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"serve: {PASSED} passed, {FAILED} failed", flush=True)
    return 1 if FAILED or not PASSED else 0


if __name__ == "__main__":
    sys.exit(main())
