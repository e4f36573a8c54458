"""Shared by ``planning lab`` and ``planning session``: a local port, a token, a clear URL.

Both servers listen on 127.0.0.1 only and require a token, so nobody else on the
village-hall wifi can open the workbook. We choose the port and the token
ourselves so the URL we print is the one that works.
"""

from __future__ import annotations

import secrets
import socket
import threading
import webbrowser


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
    raise OSError("geen vrije poort gevonden op 127.0.0.1")


def new_token() -> str:
    return secrets.token_urlsafe(24)


def print_url(what: str, url: str) -> None:
    line = "=" * max(len(url), 40)
    print(line)
    print(f"{what} draait op:")
    print(f"    {url}")
    print("Open deze link in de browser (alleen op deze computer). Stoppen: Ctrl+C.")
    print(line, flush=True)


def open_later(url: str, delay: float = 2.5) -> None:
    """Open the browser once the server had a moment to start."""
    timer = threading.Timer(delay, webbrowser.open, args=(url,))
    timer.daemon = True
    timer.start()
