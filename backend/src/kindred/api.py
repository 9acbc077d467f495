"""The versioned API: every feature's router mounted under /api/v1."""

from fastapi import APIRouter

from kindred.modules.analytics.cohort_plan.router import router as cohort_plan_router
from kindred.modules.analytics.cohorts.router import router as cohorts_router
from kindred.modules.analytics.market.router import router as market_analytics_router
from kindred.modules.analytics.need_vs_spend.router import router as need_vs_spend_router
from kindred.modules.analytics.outcomes.router import router as outcomes_router
from kindred.modules.analytics.value.router import router as value_router
from kindred.modules.api_clients.router import router as api_clients_router
from kindred.modules.assessments.router import router as assessments_router
from kindred.modules.audit.router import router as audit_router
from kindred.modules.bulk_loads.router import router as bulk_loads_router
from kindred.modules.carers.router import router as carers_router
from kindred.modules.children.router import router as children_router
from kindred.modules.costs.router import router as costs_router
from kindred.modules.costs.router import weekly_costs_router
from kindred.modules.exports.router import router as exports_router
from kindred.modules.frameworks.router import router as frameworks_router
from kindred.modules.goals.router import router as goals_router
from kindred.modules.health.router import router as health_router
from kindred.modules.identity.router import router as identity_router
from kindred.modules.imports.router import router as imports_router
from kindred.modules.matching.router import router as matching_router
from kindred.modules.needs_history.router import router as needs_history_router
from kindred.modules.oauth.router import router as oauth_router
from kindred.modules.partner.router import router as partner_router
from kindred.modules.placements.router import router as placements_router
from kindred.modules.referrals.router import router as referrals_router
from kindred.modules.return_records.router import router as return_records_router
from kindred.modules.teams.router import router as teams_router
from kindred.modules.users.router import router as users_router
from kindred.modules.voice.router import router as voice_router
from kindred.modules.webhooks.router import router as webhooks_router
from kindred.modules.young_people.router import router as young_people_router

API_PREFIX = "/api/v1"

api_router = APIRouter(prefix=API_PREFIX)
api_router.include_router(health_router)
api_router.include_router(identity_router)
api_router.include_router(oauth_router)
api_router.include_router(users_router)
api_router.include_router(teams_router)
api_router.include_router(api_clients_router)
api_router.include_router(audit_router)
api_router.include_router(children_router)
api_router.include_router(carers_router)
api_router.include_router(frameworks_router)
api_router.include_router(assessments_router)
api_router.include_router(needs_history_router)
api_router.include_router(goals_router)
api_router.include_router(matching_router)
api_router.include_router(cohort_plan_router)
api_router.include_router(market_analytics_router)
api_router.include_router(placements_router)
api_router.include_router(costs_router)
api_router.include_router(imports_router)
api_router.include_router(need_vs_spend_router)
api_router.include_router(cohorts_router)
api_router.include_router(outcomes_router)
api_router.include_router(value_router)
api_router.include_router(weekly_costs_router)
api_router.include_router(referrals_router)
api_router.include_router(partner_router)
api_router.include_router(webhooks_router)
api_router.include_router(young_people_router)
api_router.include_router(voice_router)
api_router.include_router(return_records_router)
api_router.include_router(exports_router)
api_router.include_router(bulk_loads_router)
