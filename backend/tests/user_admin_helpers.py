"""What the account administration tests send and read back: a new account's body, and the
fields a problem response names."""

import uuid

import httpx

USERS = "/api/v1/users"
GOOD_PASSWORD = "lantern orchard quietly ninety"


def new_user_body(**overrides: object) -> dict[str, object]:
    """A valid new practitioner account with a unique address, changed by `overrides`."""
    body: dict[str, object] = {
        "email": f"new.person.{uuid.uuid4().hex[:6]}@example.org",
        "display_name": "Robin Ashdown",
        "role": "practitioner",
        "password": GOOD_PASSWORD,
    }
    body.update(overrides)
    return body


def problem_fields(response: httpx.Response) -> dict[str, str]:
    """Each field a problem response names, with its message."""
    return {error["field"]: error["message"] for error in response.json()["errors"]}
