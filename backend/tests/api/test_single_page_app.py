"""The built SPA is served at /, client-side routes fall back to index.html, /api never does."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from kindred.main import create_app
from kindred.settings import Settings


@pytest.fixture
async def spa_client(settings: Settings, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>Kindred</title>")
    (tmp_path / "assets" / "app-1234.js").write_text("console.log('kindred')")
    app = create_app(settings.model_copy(update={"spa_dir": tmp_path}))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def test_index_is_served_at_root(spa_client: httpx.AsyncClient) -> None:
    response = await spa_client.get("/")

    assert response.status_code == 200
    assert "<title>Kindred</title>" in response.text


async def test_client_side_route_falls_back_to_index(spa_client: httpx.AsyncClient) -> None:
    response = await spa_client.get("/children/123/assessments")

    assert response.status_code == 200
    assert "<title>Kindred</title>" in response.text
    assert response.headers["cache-control"] == "no-cache"


async def test_hashed_assets_are_cached_for_long(spa_client: httpx.AsyncClient) -> None:
    response = await spa_client.get("/assets/app-1234.js")

    assert response.status_code == 200
    assert "immutable" in response.headers["cache-control"]


async def test_missing_asset_is_404_not_index(spa_client: httpx.AsyncClient) -> None:
    response = await spa_client.get("/assets/missing.js")

    assert response.status_code == 404


async def test_unknown_api_route_is_a_problem_not_the_spa(spa_client: httpx.AsyncClient) -> None:
    response = await spa_client.get("/api/v1/unknown")

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
