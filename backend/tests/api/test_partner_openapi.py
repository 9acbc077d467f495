"""The partner API's OpenAPI description is complete: every field described, errors documented."""

from typing import Any

from fastapi import FastAPI

PARTNER_PREFIXES = ("/api/v1/partner/",)
FASTAPI_DEFAULTS = frozenset({"HTTPValidationError", "ValidationError"})


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            found.add(ref.rsplit("/", 1)[-1])
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def _reachable(document: dict[str, Any], roots: set[str]) -> set[str]:
    schemas = document["components"]["schemas"]
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]) - seen)
    return seen


def _partner_operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in document["paths"].items()
        if path.startswith(PARTNER_PREFIXES)
        for method, operation in item.items()
    ]


def test_every_partner_field_is_described(app: FastAPI) -> None:
    document = app.openapi()
    roots: set[str] = set()
    for _, _, operation in _partner_operations(document):
        roots |= _refs(operation)
    undocumented = sorted(
        f"{name}.{field}"
        for name in _reachable(document, roots) - FASTAPI_DEFAULTS
        for field, schema in document["components"]["schemas"][name].get("properties", {}).items()
        if not schema.get("description")
    )

    assert undocumented == []


def test_every_partner_operation_documents_its_errors_and_has_a_summary(app: FastAPI) -> None:
    document = app.openapi()
    missing = []
    for path, method, operation in _partner_operations(document):
        if not operation.get("summary") or not operation.get("description"):
            missing.append(f"{method} {path}: summary/description")
        if not path.startswith("/api/v1/partner/"):
            continue
        for status in ("401", "403", "429"):
            response = operation["responses"].get(status)
            if response is None or "application/problem+json" not in response.get("content", {}):
                missing.append(f"{method} {path}: {status}")
        if method == "post" and not any(
            parameter["name"] == "Idempotency-Key" and parameter["required"]
            for parameter in operation.get("parameters", [])
        ):
            missing.append(f"{method} {path}: Idempotency-Key")

    assert missing == []


def test_request_bodies_carry_examples(app: FastAPI) -> None:
    document = app.openapi()
    schemas = document["components"]["schemas"]
    for name in ("OfferCreate", "WebhookCreate", "PartnerReferral", "OfferRead"):
        assert "examples" in schemas[name] or all(
            "examples" in field
            for field in schemas[name]["properties"].values()
            if field.get("type") in ("string", "integer")
        ), name
