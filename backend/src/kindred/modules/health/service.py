"""Is the service able to do its job: the database answers and is migrated."""

import logging

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from kindred import __version__
from kindred.modules.health import repository
from kindred.modules.health.schemas import HealthRead

logger = logging.getLogger(__name__)


async def check_health(session: AsyncSession) -> HealthRead:
    try:
        revision = await repository.current_revision(session)
    except (SQLAlchemyError, OSError) as error:
        logger.warning("health check: database unreachable", extra={"error": str(error)})
        await session.rollback()
        return HealthRead(
            status="degraded", database="unreachable", revision=None, version=__version__
        )
    return HealthRead(status="ok", database="ok", revision=revision, version=__version__)
