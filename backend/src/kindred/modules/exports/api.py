"""The public face of exports for other modules (ADR 0014): a screen streams its table (a
`core.table_query.TableQuery`) with `streamed_download`; the worker runs council exports and
purges expired files.
"""

from kindred.modules.exports.files import purge_expired_files
from kindred.modules.exports.tables import AppDatabase, streamed_download
from kindred.modules.exports.worker_job import EXPORT_ENTRYPOINT, ExportJob, run_council_export

__all__ = [
    "EXPORT_ENTRYPOINT",
    "AppDatabase",
    "ExportJob",
    "purge_expired_files",
    "run_council_export",
    "streamed_download",
]
