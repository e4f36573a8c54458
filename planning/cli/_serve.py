"""Shared by ``planning lab``, ``planning app`` and ``planning session``: a local port, a
token, and a link printed only once it works.

Every server listens on 127.0.0.1 only and requires a token, so nobody else on the
village-hall wifi can open the workbook. We choose the port and the token ourselves
so the URL we print is the one that works, and we print it only when the server
answers HTTP: a link that gives "connection refused" for fourteen seconds makes
staff think the workbook is broken.
"""

from __future__ import annotations

import argparse
import json
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import webbrowser
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from planning.errors import PlanningError
from planning.i18n import text
from planning.io.resources import notebooks_folder

#: how long a server may take to answer before we give up (a first start on a busy laptop)
START_TIMEOUT = 180.0


def notebooks_dir() -> Path:
    """The guided notebooks 00–09 as shipped (inside the package when installed)."""
    return notebooks_folder()


def free_port(preferred: int | None, fallback: int) -> int:
    """``preferred`` as asked; otherwise ``fallback`` when free, else any free port."""
    if preferred:
        return preferred
    for port in (fallback, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(sock.getsockname()[1])
    raise OSError(text("cli.serve.no_port"))


def add_server_options(p: argparse.ArgumentParser, port: int, lang: str) -> None:
    """--port and --no-browser, as every command that starts a server takes them."""
    p.add_argument("--port", type=int, default=None, help=text("help.port", lang, port=port))
    p.add_argument("--no-browser", action="store_true", help=text("help.no_browser", lang))


def _error_stream() -> int:
    """The file descriptor of stderr, for a child's output (2 where sys.stderr has none, as
    inside a notebook)."""
    try:
        return sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both
        return 2


def human_output(args: argparse.Namespace) -> TextIO:
    """Where a server command's lines for people go: stderr with --json (stdout then holds
    the one JSON line with the URL, see run_server), else stdout."""
    return sys.stderr if args.json else sys.stdout


def new_token() -> str:
    return secrets.token_urlsafe(24)


def print_url(what: str, url: str, where: str = "", lang: str = "nl") -> None:
    """The block staff copy the link from, in ``lang``."""
    line = "=" * max(len(url), 40)
    print(line)
    print(text("cli.serve.runs_at", lang, what=what))
    print(f"    {url}")
    print(text("cli.serve.open", lang))
    if where:
        print(where)
    print(line, flush=True)


def answers(url: str, timeout: float = 2.0) -> bool:
    """True once the server at ``url`` returns any HTTP response (also a 403 or 404)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout):
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError):
        return False


def wait_until_answers(
    url: str, proc: subprocess.Popen[bytes], timeout: float = START_TIMEOUT
) -> bool:
    """Poll ``url`` until it answers; False when the server stopped or the time ran out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if answers(url):
            return True
        time.sleep(0.25)
    return False


def _interrupt(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def stop_on_signals() -> None:
    """SIGTERM (``kill``, a service manager, a closed terminal's SIGHUP) stops the server
    like Ctrl+C does: without this the command died and left the server on its port."""
    if threading.current_thread() is not threading.main_thread():
        return  # signal handlers can only be set from the main thread
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _interrupt)


def run_server(
    cmd: Sequence[str],
    env: dict[str, str],
    *,
    what: str,
    url: str,
    probe: str,
    where: str = "",
    open_browser: bool = True,
    cwd: Path | None = None,
    lang: str = "nl",
    as_json: bool = False,
) -> int:
    """Start the server, print ``url`` once ``probe`` answers, then wait until it stops.

    ``probe`` is a URL without the token (the token must not end up in a log line of
    ours); any HTTP answer, also "forbidden", means the server is up. With ``as_json``
    (``--json``) the URL is one JSON line on stdout (``{"url": ...}``) for a script that
    starts the server; every other line, also the server's own, goes to stderr.
    """
    stop_on_signals()
    human = sys.stderr if as_json else sys.stdout
    proc = subprocess.Popen(
        list(cmd), env=env, cwd=cwd, stdout=_error_stream() if as_json else None
    )
    try:
        print(text("cli.serve.starting", lang, what=what), flush=True, file=human)
        if not wait_until_answers(probe, proc):
            if proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=20)
            raise PlanningError(key="cli.serve.failed", what=what, probe=probe)
        if as_json:
            print(json.dumps({"url": url, "port": urlsplit(url).port}), flush=True)
        else:
            print_url(what, url, where, lang)
        if open_browser:
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        return 0
    finally:
        sys.stdout.flush()
