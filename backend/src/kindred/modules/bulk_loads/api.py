"""The public face of bulk loads for other modules (ADR 0014): the worker's job entry point."""

from kindred.modules.bulk_loads.job import BULK_LOAD_ENTRYPOINT, QueuedStep, run_queued_step

__all__ = ["BULK_LOAD_ENTRYPOINT", "QueuedStep", "run_queued_step"]
