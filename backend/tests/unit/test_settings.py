"""Settings are validated at start, and a bad value is named in one line."""

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from kindred.cli import app as cli
from kindred.settings import Environment, Settings, describe_settings_error


def test_postgres_url_may_be_given_as_plain_database_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KINDRED_DATABASE_URL", raising=False)
    monkeypatch.setenv("DATABASE_URL", "postgresql://someone@db.example/kindred")

    assert Settings().database_url == "postgresql://someone@db.example/kindred"


def test_without_a_database_url_the_embedded_server_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KINDRED_DATABASE_URL", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)

    assert Settings(_env_file=None).uses_embedded_database


def test_bad_value_is_described_in_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KINDRED_PORT", "eighty")

    with pytest.raises(ValidationError) as caught:
        Settings()

    message = describe_settings_error(caught.value)
    assert "\n" not in message
    assert message.startswith("Invalid setting KINDRED_PORT:")


def test_production_refuses_the_development_secret() -> None:
    with pytest.raises(ValidationError) as caught:
        Settings(environment=Environment.production, database_url="postgresql://x@y/z")

    assert "KINDRED_SECRET_KEY" in describe_settings_error(caught.value)


def test_production_accepts_a_real_secret() -> None:
    settings = Settings(
        environment=Environment.production,
        database_url="postgresql://x@y/z",
        secret_key="a-long-random-production-secret-0123456789",
    )

    assert settings.environment is Environment.production


def test_webhooks_reach_private_addresses_only_when_allowed_and_never_in_production(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KINDRED_WEBHOOK_ALLOW_PRIVATE_ADDRESSES", raising=False)
    monkeypatch.setenv("KINDRED_ENVIRONMENT", "test")
    assert Settings(_env_file=None).webhook_allow_private_addresses is False
    monkeypatch.setenv("KINDRED_WEBHOOK_ALLOW_PRIVATE_ADDRESSES", "true")
    assert Settings(_env_file=None).webhook_allow_private_addresses is True

    with pytest.raises(ValidationError) as caught:
        Settings(
            environment=Environment.production,
            database_url="postgresql://x@y/z",
            secret_key="a-long-random-production-secret-0123456789",
        )

    assert "KINDRED_WEBHOOK_ALLOW_PRIVATE_ADDRESSES must be false in production" in (
        describe_settings_error(caught.value)
    )


def test_cli_stops_with_one_clear_line_on_a_bad_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KINDRED_LOG_LEVEL", "LOUD")

    result = CliRunner().invoke(cli, ["db", "upgrade"])

    assert result.exit_code == 2
    assert result.output.strip().startswith("kindred: Invalid setting KINDRED_LOG_LEVEL:")
    assert len(result.output.strip().splitlines()) == 1


def test_trusted_proxies_are_none_by_default_and_read_as_a_comma_separated_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KINDRED_TRUSTED_PROXIES", raising=False)
    assert Settings(_env_file=None).trusted_proxies == ()
    monkeypatch.setenv("KINDRED_TRUSTED_PROXIES", "10.0.0.5, 172.16.0.0/12,::1")
    assert Settings(_env_file=None).trusted_proxies == ("10.0.0.5", "172.16.0.0/12", "::1")


@pytest.mark.parametrize("value", ["*", "nginx", "10.0.0.0/33"])
def test_a_trusted_proxy_must_be_an_address_or_a_network(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("KINDRED_TRUSTED_PROXIES", value)

    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None)

    assert describe_settings_error(caught.value).startswith(
        "Invalid setting KINDRED_TRUSTED_PROXIES:"
    )
