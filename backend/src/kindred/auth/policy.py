"""The one authorisation policy: may this actor do this action (to this record)?

Role-level rules say which actions a role may ever take; record-level rules (in the
feature's own policy functions) then decide for a particular record. Routes only name the
action they need; services ask the policy. Deny is the default: an action missing from a
role's set is refused.
"""

from enum import StrEnum

from kindred.auth.actor import Actor, ActorKind
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role


class Action(StrEnum):
    read_own_account = "account.read"
    sign_out = "account.sign_out"
    manage_users = "users.manage"
    manage_teams = "teams.manage"
    read_teams = "teams.read"
    manage_api_clients = "api_clients.manage"
    read_audit = "audit.read"
    read_child = "children.read"
    create_child = "children.create"
    update_child = "children.update"
    read_framework = "frameworks.read"
    publish_framework = "frameworks.publish"
    read_assessment = "assessments.read"
    edit_assessment = "assessments.edit"
    submit_assessment = "assessments.submit"
    decide_assessment = "assessments.decide"
    manage_goals = "goals.manage"
    read_carers = "carers.read"
    manage_carers = "carers.manage"
    read_market_analytics = "analytics.market.read"
    plan_placements = "matching.plan"
    read_referral = "referrals.read"
    edit_referral = "referrals.edit"
    decide_referral = "referrals.decide"
    read_shared_referrals = "partner.referrals.read"
    write_offers = "partner.offers.write"
    manage_webhooks = "partner.webhooks.manage"
    read_placements = "placements.read"
    manage_placements = "placements.manage"
    read_costs = "costs.read"
    manage_costs = "costs.manage"
    import_returns = "imports.manage"
    read_value_analytics = "analytics.value"
    read_cost_assumptions = "analytics.cost_assumptions.read"
    manage_cost_assumptions = "analytics.cost_assumptions.manage"
    read_own_voice = "voice.own.read"
    write_own_voice = "voice.own.write"
    invite_young_person = "young_people.invite"
    manage_young_person_account = "young_people.manage"
    read_child_voice = "voice.read"
    export_council = "exports.council"
    bulk_load = "bulk_loads.manage"


_EVERYONE_SIGNED_IN = frozenset({Action.read_own_account, Action.sign_out})
_COUNCIL_STAFF = _EVERYONE_SIGNED_IN | {
    Action.read_teams,
    Action.read_framework,
    Action.read_carers,
}
_CASEWORK = _COUNCIL_STAFF | {
    Action.read_child,
    Action.create_child,
    Action.update_child,
    Action.read_assessment,
    Action.edit_assessment,
    Action.submit_assessment,
    Action.manage_goals,
    Action.manage_carers,
    Action.read_placements,
    Action.manage_placements,
    Action.read_costs,
    Action.manage_costs,
    Action.read_referral,
    Action.edit_referral,
    Action.plan_placements,
    Action.invite_young_person,
    Action.manage_young_person_account,
    Action.read_child_voice,
}
# Partner agencies' placement staff: the same actions as the partner API's scopes.
_PARTNER_WORK = frozenset(
    {Action.read_shared_referrals, Action.write_offers, Action.manage_webhooks}
)

ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.practitioner: _CASEWORK,
    Role.manager: _CASEWORK
    | {
        Action.decide_assessment,
        Action.read_value_analytics,
        Action.read_cost_assumptions,
        Action.decide_referral,
        Action.read_market_analytics,
    },
    Role.commissioner: _COUNCIL_STAFF
    | {Action.read_value_analytics, Action.read_cost_assumptions, Action.read_market_analytics},
    Role.admin: _COUNCIL_STAFF
    | {
        Action.manage_users,
        Action.manage_teams,
        Action.manage_api_clients,
        Action.read_audit,
        Action.publish_framework,
        Action.manage_carers,
        Action.import_returns,
        Action.read_cost_assumptions,
        Action.manage_cost_assumptions,
        Action.export_council,
        Action.bulk_load,
    },
    # Their own "About me", wheel and self-ratings, and nothing else (enforced per record too).
    Role.young_person: _EVERYONE_SIGNED_IN | {Action.read_own_voice, Action.write_own_voice},
    Role.agency_user: _EVERYONE_SIGNED_IN | _PARTNER_WORK,
}

# The scopes an admin may grant an API client, each with what it is for.
API_SCOPES: dict[str, str] = {
    "referrals:read": "Read referrals shared with the agency (pseudonymous child snapshots).",
    "offers:write": "Express interest in a referral and make placement offers.",
    "webhooks:manage": "Register and manage webhook endpoints for event notifications.",
}

# What an API client's scopes let it do; clients hold no role.
SCOPE_ACTIONS: dict[str, frozenset[Action]] = {
    "referrals:read": frozenset({Action.read_shared_referrals}),
    "offers:write": frozenset({Action.write_offers}),
    "webhooks:manage": frozenset({Action.manage_webhooks}),
}

# What a person in a partner agency may do at all; everything else needs a council.
AGENCY_ACTIONS = _PARTNER_WORK | {
    Action.read_own_account,
    Action.sign_out,
    Action.manage_users,
    Action.manage_api_clients,
}


AGENCY_ROLES = frozenset({Role.agency_user, Role.admin})


def role_fits_organisation(role: Role, organisation_kind: OrganisationKind) -> bool:
    """Agencies hold agency users and their own admins; councils every other role."""
    if organisation_kind is OrganisationKind.agency:
        return role in AGENCY_ROLES
    return role is not Role.agency_user


def role_permits(role: Role, organisation_kind: OrganisationKind, action: Action) -> bool:
    """Whether a role in a kind of organisation may take `action` at all."""
    if organisation_kind is OrganisationKind.agency and action not in AGENCY_ACTIONS:
        return False
    return action in ROLE_ACTIONS[role]


def permitted_actions(role: Role, organisation_kind: OrganisationKind) -> list[Action]:
    """Every action a role in a kind of organisation may take at all, so a UI offers only those."""
    return [action for action in Action if role_permits(role, organisation_kind, action)]


def scopes_permit(scopes: frozenset[str], action: Action) -> bool:
    """Whether an API client's scopes allow `action`."""
    return any(action in SCOPE_ACTIONS.get(scope, frozenset()) for scope in scopes)


def permits(actor: Actor, action: Action) -> bool:
    """Whether the actor's role (or a client's scopes) allows `action` at all."""
    if actor.kind is ActorKind.client:
        return scopes_permit(actor.scopes, action)
    return actor.role is not None and role_permits(actor.role, actor.organisation_kind, action)
