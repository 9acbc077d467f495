"""How the app's own connections log in as the app role, `kindred_app` (ADR 0009).

Migrations and set-up connect as the owner; requests, jobs and the worker log in as
`kindred_app` itself, so no statement they run can `RESET ROLE` to anything stronger.
Unless `KINDRED_APP_DATABASE_URL` names the login, it is derived: the owner's server and
database, user `kindred_app`, and a password derived from the secret key that `kindred serve`
and `kindred worker` give the role at start (trust servers, like the embedded one, ignore it).
"""

import hashlib
import hmac

import asyncpg
from sqlalchemy.engine import URL, make_url

from kindred.core.database import APP_ROLE
from kindred.settings import Settings


class AppLoginNotSet(RuntimeError):
    """The owner may not give the app role its password, and no app login was configured."""


def app_login_password(secret_key: str) -> str:
    """The derived password: hex only, so it can be written into `ALTER ROLE` as it is."""
    return hmac.new(secret_key.encode(), b"kindred_app database login", hashlib.sha256).hexdigest()


def app_login_url(owner_url: str, *, configured: str | None, password: str) -> str:
    """`configured`; else `owner_url` if it already logs in as the app role; else the owner's
    server and database as the app role with `password`."""
    if configured is not None:
        return configured
    parsed = make_url(owner_url)
    if parsed.username == APP_ROLE:
        return owner_url
    login = URL.create(
        parsed.drivername,
        username=APP_ROLE,
        password=password,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return login.render_as_string(hide_password=False)


def app_login(settings: Settings) -> str:
    """The app's login for these settings (which must name the owner's database URL)."""
    if settings.database_url is None:
        raise RuntimeError("the database URL is needed to derive the app's login")
    return app_login_url(
        settings.database_url,
        configured=settings.app_database_url,
        password=app_login_password(settings.secret_key.get_secret_value()),
    )


async def provision_app_login(owner_url: str, settings: Settings) -> None:
    """Give the app role its derived password, unless the app's login is configured."""
    if settings.app_database_url is not None or make_url(owner_url).username == APP_ROLE:
        return
    password = app_login_password(settings.secret_key.get_secret_value())
    connection = await asyncpg.connect(owner_url)
    try:
        await connection.execute(f"ALTER ROLE {APP_ROLE} LOGIN PASSWORD '{password}'")
    except asyncpg.InsufficientPrivilegeError as error:
        raise AppLoginNotSet(
            f"The database user cannot set {APP_ROLE}'s password: set one yourself and "
            "give the app its login in KINDRED_APP_DATABASE_URL."
        ) from error
    finally:
        await connection.close()
