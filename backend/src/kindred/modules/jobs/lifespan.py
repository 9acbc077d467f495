"""Run the job worker for the life of the app (`KINDRED_RUN_WORKER`, on by default)."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from kindred.modules.jobs.worker import run_worker
from kindred.settings import Settings

logger = logging.getLogger(__name__)

STOP_TIMEOUT_SECONDS = 15


@contextlib.asynccontextmanager
async def background_worker(settings: Settings) -> AsyncIterator[None]:
    """Start the worker beside the app and stop it gracefully when the app stops.

    A worker that fails is logged and the app keeps serving: jobs wait in the queue for the next
    worker (`kindred worker`, or the next start).
    """
    if not settings.run_worker or settings.database_url is None:
        yield
        return
    stop = asyncio.Event()

    async def supervised() -> None:
        try:
            await run_worker(settings, stop=stop)
        except Exception:
            logger.exception("the background worker stopped")

    task = asyncio.create_task(supervised(), name="kindred-worker")
    try:
        yield
    finally:
        stop.set()
        try:
            await asyncio.wait_for(task, STOP_TIMEOUT_SECONDS)
        except TimeoutError:
            task.cancel()
