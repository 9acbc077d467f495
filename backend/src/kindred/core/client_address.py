"""Where a request came from, as the app determines it: what failure throttles key on."""

from starlette.requests import Request

UNKNOWN = "unknown"


def client_address(request: Request) -> str:
    """The client's address, or `unknown` when the server was not told (all such share one key)."""
    return request.client.host if request.client else UNKNOWN
