"""`covenant serve` in headless Chromium (Debian's, never a downloaded one) via playwright."""

import http.client
import os
import pathlib
import shutil
import subprocess
import time

import pytest
from playwright.sync_api import expect, sync_playwright

BIN = os.environ["COVENANT_BIN"]
EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TITLE = "Samenwerkingsovereenkomst Warmtenet Zwolle-Zuid"


@pytest.fixture
def repo(tmp_path):
    target = tmp_path / "repo"
    shutil.copytree(EXAMPLES, target)
    (tmp_path / "outside.txt").write_text("secret outside the repository")
    return target


def start(path, *args):
    """Starts `covenant serve` and returns the process and the address it printed."""
    server = subprocess.Popen([BIN, "serve", str(path), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    assert line.startswith("covenant serve: http://127.0.0.1:"), (line, server.stderr.read() if server.poll() is not None else "")
    return server, line.split()[2]


@pytest.fixture
def serve(repo):
    started = []

    def run(path, *args):
        server, url = start(path, *args)
        started.append(server)
        return url

    yield run
    for server in started:
        server.terminate()
        server.wait(timeout=5)


@pytest.fixture
def browser(tmp_path):
    assert pathlib.Path(CHROMIUM).is_file(), "scripts/test installs Debian's chromium"
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=FLAGS
        )
        yield context
        context.close()


def raw_get(url, path):
    """GET `path` exactly as written (no normalisation of `..`), returning status and body."""
    host, port = url.removeprefix("http://").rstrip("/").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read().decode(errors="replace")


def test_the_page_shows_the_document_and_reloads_on_save(repo, serve, browser):
    path = repo / "warmtenet-zwolle.covenant"
    url = serve(path)
    page = browser.new_page()
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    response = page.goto(url)
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    document = page.frame_locator("#document")
    expect(document.locator("h1")).to_have_text(TITLE)
    expect(page.locator("#status")).to_have_text("No findings.")

    path.write_text(path.read_text().replace(TITLE, "Warmtenet Zuid, herzien"))
    saved = time.monotonic()
    expect(document.locator("h1")).to_have_text("Warmtenet Zuid, herzien", timeout=1000)
    elapsed = time.monotonic() - saved
    print(f"reload after save: {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0

    path.write_text(path.read_text().replace("sector       private", "sector       privaat", 1))
    expect(page.locator("#findings")).to_contain_text("S001", timeout=1000)
    expect(page.locator("#status")).to_have_class("stale")
    expect(document.locator("h1")).to_have_text("Warmtenet Zuid, herzien")
    assert requested and all(u.startswith(url) for u in requested), requested


def test_a_finding_that_is_not_a_syntax_error_renders_a_draft(repo, serve, browser):
    path = repo / "warmtenet-zwolle.covenant"
    path.write_text(path.read_text().replace("by         netbeheer", "by         netbeheeer", 1))
    url = serve(path)
    page = browser.new_page()
    page.goto(url)
    expect(page.locator("#findings li")).to_have_count(1)
    expect(page.locator("#findings")).to_contain_text("R001")
    expect(page.locator("#findings")).to_contain_text("did you mean `netbeheer`?")
    expect(page.frame_locator("#document").locator("h1")).to_contain_text("Warmtenet")


def test_lang_renders_the_document_in_english(repo, serve):
    url = serve(repo / "warmtenet-zwolle.covenant", "--lang", "en")
    status, body = raw_get(url, "/document")
    assert status == 200 and '<html lang="en">' in body


def test_nothing_outside_the_repository_is_served(repo, serve):
    url = serve(repo / "warmtenet-zwolle.covenant")
    assert raw_get(url, "/partijen/gemeente-zwolle.covenant")[0] == 200
    for path in ["/../outside.txt", "/partijen/../../outside.txt", "/%2e%2e/outside.txt", "/..%2foutside.txt", "//etc/passwd"]:
        status, body = raw_get(url, path)
        assert status == 404 and "secret" not in body, (path, status)
    connection = http.client.HTTPConnection(url.removeprefix("http://").rstrip("/"), timeout=5)
    connection.request("GET", "/", headers={"Host": "evil.example:80"})
    assert connection.getresponse().status == 403
