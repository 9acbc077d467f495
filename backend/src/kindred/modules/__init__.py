"""Features, each with router, schemas, service and repository."""
