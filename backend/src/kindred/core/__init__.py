"""Shared machinery every feature uses: database, errors, logging, middleware, paths."""
