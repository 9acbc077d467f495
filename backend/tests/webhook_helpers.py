"""Stand-ins for webhook tests: the internet's DNS answers, and real receivers on this machine.

The test machine has no DNS, so names are answered from a table holding what public DNS
answers for them (`127.0.0.1.nip.io` and `localtest.me` really do resolve to loopback).
"""

import socket
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_address

from kindred.domain.webhook_targets import Address

PUBLIC_DNS: Mapping[str, tuple[str, ...]] = {
    "hooks.example": ("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
    "127.0.0.1.nip.io": ("127.0.0.1",),
    "localtest.me": ("127.0.0.1", "::1"),
    "split.example": ("93.184.215.14", "10.0.0.5"),
}


class FakeDns:
    """A resolver answering from a table; any other name is not found, as DNS says."""

    def __init__(self, answers: Mapping[str, tuple[str, ...]] = PUBLIC_DNS) -> None:
        self.answers = dict(answers)
        self.lookups: list[str] = []

    async def __call__(self, host: str, port: int) -> list[Address]:
        self.lookups.append(host)
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [ip_address(address) for address in self.answers[host]]


class _Server(ThreadingHTTPServer):
    status = 204
    received: list[tuple[dict[str, str], bytes]]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.received.append((dict(self.headers.items()), body))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test asserts on what was received."""


@contextmanager
def local_receiver(status: int = 204) -> Iterator[tuple[str, list[tuple[dict[str, str], bytes]]]]:
    """A real HTTP server on 127.0.0.1: its base URL, and every (headers, body) POSTed to it."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.status = status
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.received
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def silent_receiver() -> Iterator[str]:
    """A port on 127.0.0.1 that takes connections and never answers: its base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()
