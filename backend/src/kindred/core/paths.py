"""Where things live in a source checkout, so defaults work from any working directory."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BACKEND_DIR = PACKAGE_DIR.parent.parent
REPO_DIR = BACKEND_DIR.parent
MIGRATIONS_DIR = BACKEND_DIR / "migrations"
DEFAULT_VAR_DIR = REPO_DIR / "var"
DEFAULT_SPA_DIR = REPO_DIR / "frontend" / "dist"
