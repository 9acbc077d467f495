"""Run Alembic from code: `kindred db …`, `kindred serve` and the tests share this."""

from pathlib import Path

from alembic import command
from alembic.config import Config


def alembic_config(database_url: str, migrations_dir: Path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    config.set_main_option(
        "file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d_%%(slug)s"
    )
    return config


def upgrade(database_url: str, migrations_dir: Path, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url, migrations_dir), revision)


def downgrade(database_url: str, migrations_dir: Path, revision: str) -> None:
    command.downgrade(alembic_config(database_url, migrations_dir), revision)


def revision(database_url: str, migrations_dir: Path, message: str) -> None:
    """Autogenerate a migration script, named by date and slug."""
    command.revision(alembic_config(database_url, migrations_dir), message, autogenerate=True)
