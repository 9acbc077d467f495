# The API (and, in this image, no SPA: nginx serves that). Build from the repository root:
#   docker build -f infra/backend.Dockerfile .
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN useradd --system --uid 10001 --home-dir /app kindred
COPY backend/pyproject.toml backend/alembic.ini /app/backend/
COPY backend/src /app/backend/src
COPY backend/migrations /app/backend/migrations
RUN pip install -e /app/backend
USER kindred
ENV KINDRED_ENVIRONMENT=production KINDRED_HOST=0.0.0.0 KINDRED_PORT=8000 \
    KINDRED_SPA_DIR=/nonexistent KINDRED_MIGRATIONS_DIR=/app/backend/migrations
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=6 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health').status == 200 else 1)"
# Migrate, then serve (serve applies migrations first by default).
CMD ["kindred", "serve"]
