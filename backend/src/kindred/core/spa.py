"""Serve the built single-page app: real files as they are, every other page as index.html."""

from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope


class SinglePageApp(StaticFiles):
    """Static files with a fallback to `index.html`, so client-side routes survive a reload.

    Paths under /api never fall back: an unknown API route is a 404 problem, not a page.
    """

    def __init__(self, directory: Path) -> None:
        super().__init__(directory=directory, html=True, check_dir=True)
        self.index = directory / "index.html"

    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            response = await super().get_response(path, scope)
        except HTTPException as error:
            if error.status_code != 404 or path.startswith("api/") or "." in Path(path).name:
                raise
            response = FileResponse(self.index)
        if response.status_code == 404 and not path.startswith("api/"):
            response = FileResponse(self.index)
        if path.startswith("assets/"):
            response.headers["cache-control"] = "public, max-age=31536000, immutable"
        else:
            response.headers["cache-control"] = "no-cache"
        return response
