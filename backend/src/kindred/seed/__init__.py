"""Data loaders run from the command line: the demo councils, and (later) synthetic scale data."""
