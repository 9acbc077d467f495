"""GET /health: for load balancers, monitoring and `make run`'s users."""

from fastapi import APIRouter, Response

from kindred.auth.dependencies import PUBLIC
from kindred.core.database import DbSession
from kindred.modules.health import service
from kindred.modules.health.schemas import HealthRead

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    dependencies=[PUBLIC],
    summary="Service health",
    description="Reports whether the database answers and which migration it is at. "
    "Answers 503 with the same body when the database is unreachable.",
    responses={503: {"model": HealthRead, "description": "The database is unreachable."}},
)
async def get_health(session: DbSession, response: Response) -> HealthRead:
    health = await service.check_health(session)
    if health.status != "ok":
        response.status_code = 503
    return health
