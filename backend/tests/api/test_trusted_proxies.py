"""Forwarded headers are believed only from the proxies `KINDRED_TRUSTED_PROXIES` names.

Regression (issue 14): `kindred serve` let uvicorn trust `X-Forwarded-For` from 127.0.0.1, so a
client on the machine got ten fresh young-person code guesses per faked address. These tests
call the app as `kindred serve` hands it to uvicorn (uvicorn itself is not started).
"""

import signal
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from kindred.cli import app as cli
from kindred.main import create_app
from kindred.settings import Settings

REDEEM = "/api/v1/young-people/redeem"
LOCAL = ("127.0.0.1", 50_000)
SERVED_OPTIONS = ("proxy_headers", "forwarded_allow_ips")

Served = Callable[[FastAPI], Any]


@pytest.fixture
def served(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Served:
    """Wraps an app as uvicorn would with the options `kindred serve` gives it."""
    options: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda _app, **given: options.update(given))
    monkeypatch.setattr(signal, "signal", lambda *_: None)
    monkeypatch.setenv("KINDRED_DATABASE_URL", database_url)
    monkeypatch.setenv("KINDRED_SEED_DEMO", "false")
    monkeypatch.delenv("KINDRED_TRUSTED_PROXIES", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--no-migrate"])
    assert result.exit_code == 0, result.output

    def wrap(app: FastAPI) -> Any:
        config = uvicorn.Config(app, **{k: v for k, v in options.items() if k in SERVED_OPTIONS})
        config.load()
        return config.loaded_app

    return wrap


@pytest.fixture
async def app_trusting_localhost(settings: Settings) -> AsyncIterator[FastAPI]:
    app = create_app(settings.model_copy(update={"trusted_proxies": ("127.0.0.1", "10.0.0.0/8")}))
    yield app
    await app.state.database.dispose()


async def _guesses(
    asgi_app: Any, forwarded_for: Callable[[int], str], client: tuple[str, int] = LOCAL
) -> list[int]:
    """Ten wrong codes, each sent with the X-Forwarded-For that `forwarded_for(n)` gives."""
    transport = httpx.ASGITransport(app=asgi_app, client=client)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        return [
            (
                await http.post(
                    REDEEM,
                    json={"code": f"ZZZZ-ZZ{n:02d}", "pin": "583920"},
                    headers={"X-Forwarded-For": forwarded_for(n)},
                )
            ).status_code
            for n in range(22, 32)
        ]


@pytest.mark.usefixtures("clean_database")
async def test_by_default_a_local_client_cannot_fake_fresh_addresses(
    app: FastAPI, served: Served
) -> None:
    answers = await _guesses(served(app), lambda n: f"203.0.113.{n}")

    assert answers == [422] * 9 + [429]


@pytest.mark.usefixtures("clean_database")
async def test_a_trusted_proxy_is_believed_about_its_clients(
    app_trusting_localhost: FastAPI, served: Served
) -> None:
    many_clients = await _guesses(served(app_trusting_localhost), lambda n: f"203.0.113.{n}")
    one_client = await _guesses(served(app_trusting_localhost), lambda _: "198.51.100.7")

    assert many_clients == [422] * 10
    assert one_client == [422] * 9 + [429]


@pytest.mark.usefixtures("clean_database")
async def test_a_client_outside_the_trusted_proxies_is_not_believed(
    app_trusting_localhost: FastAPI, served: Served
) -> None:
    outsider = ("192.0.2.50", 40_000)

    answers = await _guesses(served(app_trusting_localhost), lambda n: f"10.1.1.{n}", outsider)

    assert answers == [422] * 9 + [429]
