"""Create an account from the command line (the first admin of a new council, say)."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.passwords import hash_password, password_problems
from kindred.auth.policy import role_fits_organisation
from kindred.models.organisation import Organisation, OrganisationKind
from kindred.models.user import Role, User


class AccountError(Exception):
    """A reason the account cannot be created, worded for the person at the terminal."""


async def create_account(
    db: AsyncSession,
    *,
    email: str,
    name: str,
    role: Role,
    organisation_slug: str,
    organisation_name: str | None,
    kind: OrganisationKind,
    password: str,
) -> str:
    """Create the person (and their organisation when named); return a one-line summary."""
    address = email.strip().lower()
    if "@" not in address or len(address) > 254:
        raise AccountError("Give a valid e-mail address.")
    if problems := password_problems(password, personal=(address.split("@")[0], name)):
        raise AccountError(problems[0])
    organisation = await db.scalar(
        select(Organisation).where(Organisation.slug == organisation_slug)
    )
    if organisation is None:
        if not organisation_name:
            raise AccountError(
                f"No organisation {organisation_slug!r}; add --organisation-name to create it."
            )
        organisation = Organisation(kind=kind.value, name=organisation_name, slug=organisation_slug)
        db.add(organisation)
        await db.flush()
    taken = select(User.id).where(User.email == address, User.tenant_id == organisation.id)
    if await db.scalar(taken):  # unique per organisation (ADR 0007)
        raise AccountError(f"An account for {address} already exists in {organisation.name}.")
    if not role_fits_organisation(role, OrganisationKind(organisation.kind)):
        raise AccountError(f"A {role.value} cannot belong to a {organisation.kind}.")
    db.add(
        User(
            tenant_id=organisation.id,
            email=address,
            display_name=name.strip(),
            role=role.value,
            password_hash=hash_password(password),
        )
    )
    await db.flush()
    return f"Created {role.value} {address} in {organisation.name}."
