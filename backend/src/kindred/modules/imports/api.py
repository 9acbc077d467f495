"""The public face of SSDA903 imports for other modules (ADR 0014): the worker's job entry point."""

from kindred.modules.imports.queue import IMPORT_ENTRYPOINT, QueuedImport, run_queued_import

__all__ = ["IMPORT_ENTRYPOINT", "QueuedImport", "run_queued_import"]
