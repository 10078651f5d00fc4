"""A page that arrives slowly: an HTTP proxy in front of the live server that passes on each HTML
page in small pieces with a pause between them, as a slow connection or a busy phone delivers
it. A browser paints what it has read so far unless the page tells it to wait, so whatever moves
as the rest arrives shows up as a layout shift – every time, not only when the machine is busy.

Other responses (CSS, scripts, images) pass at once."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import HTTPRedirectHandler, Request, build_opener

PIECE = 1000  # bytes
PAUSE = 0.02  # seconds between pieces
PASSED_ON = ("accept", "accept-language", "cookie", "user-agent", "referer")


class _NoRedirects(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the browser follows redirects itself


@contextlib.contextmanager
def trickling(upstream: str) -> Iterator[str]:
    """Yield the address of a proxy to `upstream` (the live server) that trickles HTML pages."""
    opener = build_opener(_NoRedirects)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            request = Request(upstream + self.path)
            request.add_header("Host", self.headers["Host"])
            for name in PASSED_ON:
                if self.headers.get(name):
                    request.add_header(name, self.headers[name])
            try:
                response = opener.open(request, timeout=60)
            except HTTPError as error:
                response = error
            with response:
                body = response.read()
                self.send_response(response.status)
                for name, value in response.headers.items():
                    if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                        self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if "text/html" not in (response.headers.get("Content-Type") or ""):
                self.wfile.write(body)
                return
            for start in range(0, len(body), PIECE):
                self.wfile.write(body[start : start + PIECE])
                self.wfile.flush()
                time.sleep(PAUSE)

        def log_message(self, *args) -> None:
            pass

    host = upstream.split("://", 1)[1].rsplit(":", 1)[0]
    server = ThreadingHTTPServer((host, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
