"""Small real HTTP servers in a thread: a partner's web page, a CRM's webhook receiver.

They listen on 127.0.0.1, on TEST_PORT_BASE + an offset when that is set (to keep to a range of
ports on a shared machine), else on any free port.
"""

import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def local_port(offset: int) -> int:
    base = os.environ.get("TEST_PORT_BASE")
    return int(base) + offset if base else 0


class Server:
    """A ThreadingHTTPServer for `handler`, serving until stop()."""

    def __init__(self, handler: type[BaseHTTPRequestHandler], port_offset: int):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", local_port(port_offset)), handler)
        self.httpd.owner = self
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class QuietHandler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the standard library's name
        pass


def partner_site(html: str, port_offset: int = 1) -> Server:
    """A partner's website: every address answers `html`."""

    class PartnerPage(QuietHandler):
        def do_GET(self):
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Server(PartnerPage, port_offset).start()


class Receiver:
    """A CRM's webhook endpoint: keeps every request, and answers them with `statuses` in turn
    (then 200). `stop()` takes it down, `start()` brings it back on the same port."""

    def __init__(self, statuses=(), port_offset: int = 3):
        self.requests: list[tuple[dict, bytes, int]] = []  # (headers, body, status answered)
        self.statuses = list(statuses)
        self.lock = threading.Lock()
        receiver = self

        class Endpoint(QuietHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    status = receiver.statuses.pop(0) if receiver.statuses else 200
                    receiver.requests.append((dict(self.headers), body, status))
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

        self.server = Server(Endpoint, port_offset).start()
        self.url = self.server.origin + "/hooks/newsroom"

    @property
    def accepted(self) -> list[tuple[dict, bytes]]:
        with self.lock:
            return [(headers, body) for headers, body, status in self.requests if status < 300]

    def stop(self):
        self.server.stop()
