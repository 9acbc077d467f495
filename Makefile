# Kindred: the front door. `make help` lists every target.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
BACKEND_STAMP := $(VENV)/.installed
FRONTEND_STAMP := frontend/node_modules/.installed
SPA := frontend/dist/index.html
FRONTEND_SOURCES := $(shell find frontend/src frontend/index.html frontend/vite.config.ts frontend/public -type f 2>/dev/null)

.PHONY: help install run dev test lint typecheck backend-test frontend-test e2e migrate revision \
	seed-demo api-client api-client-check bench clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z0-9-]+:.*## / {printf "  \033[1m%-18s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(BACKEND_STAMP): backend/pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e 'backend[dev]'
	touch $@

$(FRONTEND_STAMP): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

$(SPA): $(FRONTEND_STAMP) $(FRONTEND_SOURCES)
	cd frontend && npm run build

install: $(BACKEND_STAMP) $(FRONTEND_STAMP) ## Install backend (.venv) and front-end (node_modules) dependencies

run: $(BACKEND_STAMP) $(SPA) ## Serve the whole app at http://127.0.0.1:8000 (embedded PostgreSQL unless DATABASE_URL is set)
	$(BIN)/kindred serve

dev: $(BACKEND_STAMP) $(FRONTEND_STAMP) ## Backend with reload on :8000 and the Vite dev server on :5173 (proxying /api)
	trap 'kill 0' INT TERM EXIT; \
	$(BIN)/kindred serve --reload & \
	(cd frontend && npm run dev) & \
	wait

lint: $(BACKEND_STAMP) $(FRONTEND_STAMP) ## ruff (lint and format), import contracts, eslint and prettier
	cd backend && $(BIN)/ruff check src tests migrations bench
	cd backend && $(BIN)/ruff format --check src tests migrations bench
	cd backend && $(BIN)/lint-imports
	cd frontend && npm run lint

typecheck: $(BACKEND_STAMP) $(FRONTEND_STAMP) ## mypy --strict and tsc
	cd backend && $(BIN)/mypy
	cd frontend && npm run typecheck

api-client: $(BACKEND_STAMP) $(FRONTEND_STAMP) ## Regenerate frontend/openapi.json and the typed API client
	$(BIN)/kindred openapi > frontend/openapi.json
	cd frontend && npm run api:generate

api-client-check: $(BACKEND_STAMP) $(FRONTEND_STAMP) ## Fail when the committed API client is stale
	$(BIN)/kindred openapi | diff -q - frontend/openapi.json >/dev/null || \
		{ echo "frontend/openapi.json is stale: run make api-client"; exit 1; }
	cd frontend && npm run api:check

backend-test: $(BACKEND_STAMP) ## Backend tests on real PostgreSQL (embedded, or TEST_DATABASE_URL)
	cd backend && $(BIN)/pytest

frontend-test: $(FRONTEND_STAMP) ## Front-end unit tests (Vitest)
	cd frontend && npm run test:unit

e2e: $(BACKEND_STAMP) $(SPA) ## End-to-end tests in headless Chromium against the real app, with axe checks
	cd frontend && npm run test:e2e

test: lint typecheck api-client-check backend-test frontend-test e2e ## Everything CI runs: lint, types, client freshness, all tests

migrate: $(BACKEND_STAMP) ## Apply database migrations (embedded PostgreSQL unless DATABASE_URL is set)
	$(BIN)/kindred db upgrade

revision: $(BACKEND_STAMP) ## New migration from model changes: make revision m="add placements"
	@test -n "$(m)" || { echo 'usage: make revision m="what changes"'; exit 2; }
	cd backend && $(BIN)/kindred db revision "$(m)"

seed-demo: $(BACKEND_STAMP) ## Load the demo councils, users and children (once)
	$(BIN)/kindred seed-demo

bench: $(BACKEND_STAMP) $(SPA) ## Benchmarks that print figures (writes bench/results/)
	cd backend && $(BIN)/python -m bench

clean: ## Remove installed dependencies, builds and local databases
	rm -rf $(VENV) frontend/node_modules frontend/dist var
