"""Where whole-council export ZIPs live: under the app's var dir, one folder per council."""

import uuid
from datetime import datetime, timedelta
from pathlib import Path

EXPORT_LIFETIME = timedelta(hours=24)
"""How long a finished ZIP may be downloaded: identifying data is not left lying about."""


def zip_path(var_dir: Path, tenant_id: uuid.UUID, export_id: uuid.UUID) -> Path:
    return var_dir / "exports" / str(tenant_id) / f"{export_id}.zip"


def purge_expired_files(var_dir: Path, *, now: datetime) -> int:
    """Delete export files older than their lifetime (and any left half-written): how many."""
    purged = 0
    oldest = (now - EXPORT_LIFETIME).timestamp()
    for path in (var_dir / "exports").glob("*/*.zip*"):
        if path.stat().st_mtime < oldest:
            path.unlink(missing_ok=True)
            purged += 1
    return purged


def part_path(path: Path) -> Path:
    """Where a ZIP is written until it is complete."""
    return path.with_suffix(".zip.part")


def publish(path: Path) -> int:
    """Make the complete `.part` file the ZIP, in one rename: its size in bytes."""
    part_path(path).replace(path)
    return path.stat().st_size


def is_file(path: Path) -> bool:
    return path.is_file()
