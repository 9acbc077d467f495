"""Configuration from `KINDRED_*` environment variables and `.env`, validated at start."""

import ipaddress
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Annotated

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from kindred.core.paths import DEFAULT_SPA_DIR, DEFAULT_VAR_DIR, MIGRATIONS_DIR

DEVELOPMENT_SECRET = "development-only-secret-change-me"  # noqa: S105 - refused outside development


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class Settings(BaseSettings):
    """Every setting the app reads; the README's configuration table lists the same names."""

    model_config = SettingsConfigDict(
        env_prefix="KINDRED_", env_file=".env", extra="ignore", frozen=True
    )

    environment: Environment = Field(
        default=Environment.development,
        description="development, test or production; production refuses unsafe defaults.",
    )
    database_url: Annotated[
        str | None,
        Field(
            validation_alias=AliasChoices("KINDRED_DATABASE_URL", "DATABASE_URL"),
            description="PostgreSQL URL (postgresql://…). Unset: an embedded server under var/.",
        ),
    ] = None
    app_database_url: str | None = Field(
        default=None,
        description="PostgreSQL URL the app's own connections log in with, as `kindred_app`. "
        "Unset: the database URL's server as `kindred_app`, with a password derived from the "
        "secret key that `kindred serve` and `kindred worker` set.",
    )
    var_dir: Path = Field(
        default=DEFAULT_VAR_DIR, description="Folder for the embedded database and other state."
    )
    spa_dir: Path = Field(
        default=DEFAULT_SPA_DIR, description="Built front end to serve at /; skipped if missing."
    )
    migrations_dir: Path = Field(default=MIGRATIONS_DIR, description="Alembic scripts folder.")
    host: str = Field(default="127.0.0.1", description="Address `kindred serve` binds to.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `kindred serve` binds to.")
    workers: int = Field(default=1, ge=1, le=64, description="Uvicorn worker processes.")
    log_level: str = Field(
        default="INFO", pattern="^(DEBUG|INFO|WARNING|ERROR)$", description="Log level."
    )
    secret_key: SecretStr = Field(
        default=SecretStr(DEVELOPMENT_SECRET),
        min_length=32,
        description="Signs session and CSRF tokens; at least 32 characters.",
    )
    seed_demo: bool = Field(
        default=True, description="Load demo data on first start when the database is empty."
    )
    db_pool_size: int = Field(default=10, ge=1, le=200, description="Connections per process.")
    session_idle_minutes: int = Field(
        default=30, ge=1, le=24 * 60, description="Sign a person out after this long idle."
    )
    session_max_hours: int = Field(
        default=12, ge=1, le=24 * 7, description="Sign a person out this long after sign-in."
    )
    sign_in_attempts: int = Field(
        default=5,
        ge=1,
        le=100,
        description="Failed sign-ins or client secrets from one source before that is locked.",
    )
    sign_in_lockout_minutes: int = Field(
        default=15, ge=1, le=24 * 60, description="How long a locked address stays locked."
    )
    sign_in_slowdown_ms: int = Field(
        default=400, ge=0, le=10_000, description="Delay added per failure after the second."
    )
    access_token_minutes: int = Field(
        default=15, ge=1, le=24 * 60, description="Lifetime of API clients' bearer tokens."
    )
    partner_rate_burst: int = Field(
        default=120, ge=1, le=100_000, description="Partner API: requests a caller may burst."
    )
    partner_rate_per_second: float = Field(
        default=2.0, gt=0, le=10_000, description="Partner API: sustained requests per second."
    )
    run_worker: bool = Field(
        default=True,
        description="Run the background job worker (webhook deliveries) inside `kindred serve`; "
        "turn off when `kindred worker` runs separately.",
    )
    webhook_allow_private_addresses: bool = Field(
        default=False,
        description="Development and tests only: let webhooks use plain http:// and reach "
        "loopback and private addresses (a receiver on this machine). Refused in production.",
    )
    trusted_proxies: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(),
        description="Addresses or networks (comma-separated) of the reverse proxies in front of "
        "Kindred; only their X-Forwarded-For and X-Forwarded-Proto are believed. Empty: none.",
    )

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        return tuple(part.strip() for part in value.split(",") if part.strip())

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies_are_addresses(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        # An address or a network only: "*" would believe every client about its address.
        for proxy in value:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise ValueError(f"{proxy!r} is not an IP address or network") from None
        return value

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> "Settings":
        if self.environment is Environment.production:
            if self.secret_key.get_secret_value() == DEVELOPMENT_SECRET:
                raise ValueError("KINDRED_SECRET_KEY must be set to a secret value in production")
            if self.database_url is None:
                raise ValueError("KINDRED_DATABASE_URL must be set in production")
            if self.webhook_allow_private_addresses:
                raise ValueError(
                    "KINDRED_WEBHOOK_ALLOW_PRIVATE_ADDRESSES must be false in production: "
                    "webhooks must not reach the servers next to Kindred's"
                )
        return self

    @cached_property
    def uses_embedded_database(self) -> bool:
        return self.database_url is None


def describe_settings_error(error: ValidationError) -> str:
    """One line naming the variable, for a person reading a terminal."""
    first = error.errors()[0]
    location = first.get("loc", ())
    name = f"KINDRED_{str(location[0]).upper()}" if location else "KINDRED settings"
    message = first.get("msg", "invalid value").removeprefix("Value error, ")
    return f"Invalid setting {name}: {message}" if location else message
