#!/usr/bin/env python3
"""End-to-end test of `overblik serve` over real HTTP (standard library only).

    serve_test.py OVERBLIK_BINARY CONTENT_DIR

Copies CONTENT_DIR to a temporary folder, serves it on a free port, and
checks: pages and assets with their types, an edit showing up (with the
observed latency), a reload event on the event stream, an error page (500)
naming file:line:column while the content is broken, recovery, and a clean
exit on SIGINT; then `serve --previous` (the page of changes, following
edits, an error in the previous version). Prints `serve: N passed, M failed`; exits 1 on any failure.
"""
import ctypes
import http.client
import os
import queue
import re
import shutil
import signal
import socket
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

    def __init__(self, binary, content, extra=()):
        self.lines = queue.Queue()
        self.out = []
        self.err = []
        self.proc = subprocess.Popen(
            [binary, "serve", "--content", content, "--port", "0", "--today", "2026-01-01", *extra],
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


def raw(port, data, timeout=5):
    """Sends raw bytes; returns the status code of the answer (0 when none)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        answer = b""
        try:
            while b"\r\n" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except OSError:
            pass
    m = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    return int(m.group(1)) if m else 0


def request(port, method, path, headers=None, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        r.read()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders())
    except OSError as e:
        return 0, {"error": str(e)}
    finally:
        conn.close()


def hardening(port, content, tmp):
    """DNS rebinding, methods and bodies, many event streams, an asset swapped for a link."""
    for host in ["evil.example", f"evil.example:{port}", "127.0.0.1.evil.example", f"localhost.:{port}",
                 f"127.0.0.1:{port}x", "localhost:80:80"]:
        status, _ = request(port, "GET", "/", headers={"Host": host})
        check(f"Host: {host} is refused (421)", status == 421, f"{status}")
    for host in [f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}", "localhost"]:
        status, _ = request(port, "GET", "/", headers={"Host": host})
        check(f"Host: {host} is answered", status == 200, f"{status}")
    check("a request without Host is refused", raw(port, b"GET / HTTP/1.0\r\n\r\n") == 421)
    for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"]:
        status, headers = request(port, method, "/", body=b"x" * 10)
        check(f"{method} is refused (405, Allow: GET, HEAD)", status == 405 and headers.get("allow") == "GET, HEAD",
              f"{status} {headers}")
    status, _ = request(port, "HEAD", "/")
    check("HEAD is answered", status == 200, f"{status}")
    status, _ = request(port, "GET", "/", body=b"0123456789")
    check("GET with a body is refused (413)", status == 413, f"{status}")
    status = raw(port, b"GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n0\r\n\r\n")
    check("a chunked body is refused (413)", status == 413, f"{status}")

    # 50 open event streams (a page left open in 50 tabs, or a hostile page):
    # pages must still be answered, and at once.
    streams, refused = [], 0
    for _ in range(50):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"GET /_overblik/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
        streams.append(sock)
    time.sleep(0.5)
    start = time.monotonic()
    ok = all(get(port, "/")[0] == 200 for _ in range(10))
    took = time.monotonic() - start
    check("pages are answered with 50 event streams open", ok and took < 3, f"{took:.2f} s")
    for sock in streams:
        try:
            sock.settimeout(0.2)
            if sock.recv(64).startswith(b"HTTP/1.1 503"):
                refused += 1
        except OSError:
            pass
        sock.close()
    check("event streams beyond the limit are refused (503)", refused > 0, f"{refused} refused")

    # An asset swapped for a symbolic link to a file outside the content folder
    # is never served, neither before the rebuild nor after it.
    asset = os.path.join(content, "assets", "bilag.txt")
    status, _, body = get(port, "/assets/bilag.txt")
    check("the asset is served", status == 200 and "bilag" in body, f"{status}")
    os.rename(asset, asset + ".orig")
    os.symlink(os.path.join(tmp, "hemmelig.txt"), asset)
    leaked = False
    end = time.monotonic() + 2
    while time.monotonic() < end:
        status, _, body = get(port, "/assets/bilag.txt")
        leaked = leaked or "HEMMELIGT" in body
        time.sleep(0.02)
    check("an asset swapped for a link out is not served", not leaked and status != 200, f"{status}")
    os.remove(asset)
    os.rename(asset + ".orig", asset)
    ok, _, status, _ = poll(port, "/assets/bilag.txt", lambda s, b: s == 200 and "bilag" in b)
    check("the asset is served again once it is back", ok, f"{status}")


def run(binary, content_src, tmp):
    content = os.path.join(tmp, "content")
    shutil.copytree(content_src, content)
    plan_title = field(os.path.join(content, "plan.yaml"), "title")[1]
    initiative = os.path.join(content, "initiatives", "en-indgang.md")
    title = field(initiative, "title")[1]
    themes_line, themes = field(initiative, "themes")
    page = "/initiativer/en-indgang/"

    os.makedirs(os.path.join(content, "assets"), exist_ok=True)
    with open(os.path.join(content, "assets", "bilag.txt"), "w", encoding="utf-8") as f:
        f.write("Et bilag til planen.\n")
    with open(os.path.join(tmp, "hemmelig.txt"), "w", encoding="utf-8") as f:
        f.write("HEMMELIGT INDHOLD UDEN FOR INDHOLDSMAPPEN\n")

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
        check("an unknown path is 404, said in the plan's language", status == 404 and "Ikke fundet" in body and 'lang="da"' in body, f"{status}")

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
        # The source line and its caret keep their columns (they scroll
        # sideways on a phone instead of wrapping under the message).
        excerpt = re.search(r'<span class="excerpt" tabindex="0">( *\d+ \| [^\n]*\n *\| *\^)</span>', body)
        check("the source line and caret sit together in a scrolling block", excerpt is not None, body[:2000])
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

        hardening(port, content, tmp)

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


def previous(binary, content_src, tmp):
    """`serve --previous OLD`: the preview shows the changes since OLD, as `build --previous` does."""
    old, new = os.path.join(tmp, "old"), os.path.join(tmp, "new")
    shutil.copytree(content_src, old)
    shutil.copytree(content_src, new)
    initiative = os.path.join(new, "initiatives", "en-indgang.md")
    title = field(initiative, "title")[1]
    changed = title + " (ny titel)"
    rewrite(initiative, f"title: {title}", f"title: {changed}")

    server = Server(binary, new, ["--previous", old])
    try:
        m = server.wait_line(r"^Viser http://127\.0\.0\.1:(\d+)/ — tryk Ctrl\+C for at stoppe$", timeout=30)
        if not check("--previous: prints the address", m is not None, "\n".join(server.out + server.err)):
            return
        port = int(m.group(1))
        status, _, body = get(port, "/aendringer/")
        check("--previous: the page of changes is served", status == 200 and "Ændret siden" in body, f"{status}")
        check("--previous: it names the retitled initiative", changed in body, body[:2000])
        status, _, body = get(port, "/")
        check("--previous: the front page links to it", status == 200 and "aendringer/" in body, f"{status}")

        newer = title + " (endnu en titel)"
        rewrite(initiative, f"title: {changed}", f"title: {newer}")
        ok, _, status, body = poll(port, "/aendringer/", lambda s, b: s == 200 and newer in b)
        check("--previous: an edit shows up on the page of changes", ok, f"last status {status}")

        # The previous version is read again at every rebuild: an error in it shows.
        old_initiative = os.path.join(old, "initiatives", "en-indgang.md")
        themes_line, themes = field(old_initiative, "themes")
        rewrite(old_initiative, f"themes: {themes}", "themes: [ukendt-tema]")
        rewrite(initiative, f"title: {newer}", f"title: {changed}")
        ok, _, status, body = poll(port, "/", lambda s, b: s == 500)
        where = f"old/initiatives/en-indgang.md:{themes_line}:10: error: ukendt tema"
        check("--previous: an error in the previous version makes pages 500 and is named", ok and where in body,
              f"{status} {body[:1500]}")
        check("--previous: the terminal names it", server.wait_line(r"^Bygget igen på \d+ ms: \d+ fejl — vises i browseren$")
              is not None, "\n".join(server.out))
    finally:
        server.kill()

    status = subprocess.run([binary, "serve", "--content", new, "--port", "0", "--previous", "git:no-such-ref:x"],
                            capture_output=True, text=True, timeout=TIMEOUT, cwd=tmp, preexec_fn=die_with_parent)
    check("--previous: a revision that cannot be opened stops serve (exit 2)",
          status.returncode == 2 and "overblik:" in status.stderr, f"{status.returncode} {status.stderr}")


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
        previous(binary, content_src, tmp)
    except Exception as e:  # a broken test counts as a failure, and still cleans up
        check("the test ran to the end", False, repr(e))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"serve: {PASSED} passed, {FAILED} failed", flush=True)
    return 1 if FAILED or not PASSED else 0


if __name__ == "__main__":
    sys.exit(main())
