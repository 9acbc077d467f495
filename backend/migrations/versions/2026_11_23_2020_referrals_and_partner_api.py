"""Referrals to partner agencies, the partner API and the job queue.

Tables: `referrals`, `referral_shares`, `offer_decisions` (owned by councils);
`referral_offers`, `referral_share_views`, `webhook_endpoints`, `webhook_deliveries`,
`idempotency_keys`, `api_rate_limits` (owned by agencies, or by any API caller); and pgqueuer's
tables in their own `pgqueuer` schema (pgqueuer 1.6.0's install SQL), which keeps them out of
the models-vs-migrations check.

Row-level security. Every table has `tenant_isolation` (its owner reads and writes its rows),
and each organisation writes only its own rows. What crosses between a council and an agency is
read through explicit SELECT-only policies, keyed on the agency's (or council's) own tenant id,
which is its organisation id, bound at authentication:

- `referral_shares.agency_reads_shares`: an agency reads the shares addressed to it while they
  are live (`agency_id = kindred_current_tenant() AND withdrawn_at IS NULL`); a withdrawn share
  disappears from the agency at the database level too, so it gets 404.
- `offer_decisions.agency_reads_decisions`: an agency reads the council's decisions on its offers
  (`agency_id = kindred_current_tenant()`).
- `referral_offers.council_reads_offers`: the council that owns a referral reads the offers made
  on it (`council_id = kindred_current_tenant()`); an agency reads only its own (tenant), never
  another agency's.
- `referral_share_views.council_reads_views`: the council reads which agency read its snapshot
  when (`council_id = kindred_current_tenant()`).

Restrictive policies tie the cross-tenant keys to a real share, so a row cannot name a council or
agency it has nothing to do with: an offer (and a view) can be inserted only for a live share
addressed to the inserting agency, whose council and referral it names; a decision only on an
offer the council can see on its own referral, naming that offer's agency.

Three SECURITY DEFINER functions do the cross-tenant work no policy should allow, and only that:
`kindred_queue_partner_event` (a council queues webhook deliveries for an agency's endpoints,
only if it has shared a referral with that agency), `kindred_claim_webhook_deliveries` (a worker
leases due deliveries of every agency with FOR UPDATE SKIP LOCKED, returning only ids), and the
nightly `kindred_expire_referrals` and `kindred_purge_idempotency_keys`.

Revision ID: 0009_referrals
Revises: 0008_placements_costs
Create Date: 2026-11-23 20:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

from kindred.core.row_level_security import isolate_tenant, release_tenant

revision: str = "0009_referrals"
down_revision: str | None = "0008_placements_costs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TENANT_TABLES = (
    "referrals",
    "referral_shares",
    "offer_decisions",
    "referral_offers",
    "referral_share_views",
    "webhook_endpoints",
    "webhook_deliveries",
    "idempotency_keys",
    "api_rate_limits",
)

CROSS_TENANT_POLICIES = {
    "agency_reads_shares": "ON referral_shares FOR SELECT "
    "USING (agency_id = kindred_current_tenant() AND withdrawn_at IS NULL)",
    "agency_reads_decisions": "ON offer_decisions FOR SELECT "
    "USING (agency_id = kindred_current_tenant())",
    "council_reads_offers": "ON referral_offers FOR SELECT "
    "USING (council_id = kindred_current_tenant())",
    "council_reads_views": "ON referral_share_views FOR SELECT "
    "USING (council_id = kindred_current_tenant())",
    "offers_need_live_share": "ON referral_offers AS RESTRICTIVE FOR INSERT WITH CHECK (EXISTS ("
    "SELECT 1 FROM referral_shares s WHERE s.id = referral_offers.share_id "
    "AND s.agency_id = referral_offers.tenant_id AND s.tenant_id = referral_offers.council_id "
    "AND s.referral_id = referral_offers.referral_id AND s.withdrawn_at IS NULL))",
    "views_need_live_share": "ON referral_share_views AS RESTRICTIVE FOR INSERT WITH CHECK (EXISTS ("
    "SELECT 1 FROM referral_shares s WHERE s.id = referral_share_views.share_id "
    "AND s.agency_id = referral_share_views.tenant_id "
    "AND s.tenant_id = referral_share_views.council_id "
    "AND s.referral_id = referral_share_views.referral_id AND s.withdrawn_at IS NULL))",
    "decisions_on_own_offers": "ON offer_decisions AS RESTRICTIVE FOR ALL USING (true) "
    "WITH CHECK (EXISTS (SELECT 1 FROM referral_offers o WHERE o.id = offer_decisions.offer_id "
    "AND o.tenant_id = offer_decisions.agency_id AND o.referral_id = offer_decisions.referral_id "
    "AND o.council_id = offer_decisions.tenant_id))",
}

FUNCTIONS = {
    "kindred_queue_partner_event(uuid, uuid, text, jsonb)": """
        CREATE FUNCTION kindred_queue_partner_event(
            p_agency uuid, p_event_id uuid, p_type text, p_payload jsonb
        ) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $$
        DECLARE
            queued integer;
        BEGIN
            -- Only a council that has shared a referral with the agency may send it events.
            IF kindred_current_tenant() IS NULL OR NOT EXISTS (
                SELECT 1 FROM referral_shares s
                WHERE s.tenant_id = kindred_current_tenant() AND s.agency_id = p_agency
            ) THEN
                RAISE EXCEPTION 'no referral of this organisation is shared with agency %', p_agency;
            END IF;
            INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id, event_type, payload)
            SELECT e.tenant_id, e.id, p_event_id, p_type, p_payload
            FROM webhook_endpoints e
            WHERE e.tenant_id = p_agency AND e.disabled_at IS NULL AND p_type = ANY (e.events);
            GET DIAGNOSTICS queued = ROW_COUNT;
            RETURN queued;
        END
        $$
    """,
    "kindred_claim_webhook_deliveries(timestamptz, integer, integer)": """
        CREATE FUNCTION kindred_claim_webhook_deliveries(
            p_now timestamptz, p_limit integer, p_lease_seconds integer
        ) RETURNS TABLE (id uuid, tenant_id uuid)
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $$
            UPDATE webhook_deliveries d
            SET leased_until = p_now + make_interval(secs => p_lease_seconds)
            WHERE d.id IN (
                SELECT c.id FROM webhook_deliveries c
                WHERE c.status = 'pending' AND c.next_attempt_at <= p_now
                  AND (c.leased_until IS NULL OR c.leased_until <= p_now)
                ORDER BY c.next_attempt_at, c.id
                LIMIT least(greatest(p_limit, 0), 500)
                FOR UPDATE SKIP LOCKED
            )
            RETURNING d.id, d.tenant_id
        $$
    """,
    "kindred_expire_referrals(date, integer)": """
        CREATE FUNCTION kindred_expire_referrals(p_today date, p_grace_days integer)
        RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $$
        DECLARE
            expired integer;
        BEGIN
            WITH closed AS (
                UPDATE referrals r
                SET status = 'closed', outcome = 'expired', closed_at = now(),
                    updated_at = now(), version = r.version + 1
                WHERE r.status = 'open' AND r.needed_by IS NOT NULL
                  AND r.needed_by < p_today - p_grace_days
                RETURNING r.id
            ), mirrored AS (
                UPDATE referral_shares s
                SET referral_status = 'closed', outcome = 'expired', updated_at = now()
                WHERE s.referral_id IN (SELECT closed.id FROM closed)
                RETURNING s.id
            )
            SELECT count(*) INTO expired FROM closed;
            RETURN expired;
        END
        $$
    """,
    "kindred_purge_idempotency_keys(timestamptz)": """
        CREATE FUNCTION kindred_purge_idempotency_keys(p_before timestamptz) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $$
        DECLARE
            purged integer;
        BEGIN
            DELETE FROM idempotency_keys k WHERE k.created_at < p_before;
            GET DIAGNOSTICS purged = ROW_COUNT;
            RETURN purged;
        END
        $$
    """,
}

PGQUEUER_INSTALL = r"""
CREATE SCHEMA IF NOT EXISTS pgqueuer;

CREATE TYPE pgqueuer.pgqueuer_status AS ENUM ('queued', 'picked', 'successful', 'exception', 'canceled', 'deleted', 'failed');

CREATE TABLE pgqueuer.pgqueuer (
    id bigserial NOT NULL PRIMARY KEY,
    priority integer NOT NULL,
    queue_manager_id uuid,
    created timestamp with time zone NOT NULL DEFAULT now(),
    updated timestamp with time zone NOT NULL DEFAULT now(),
    heartbeat timestamp with time zone NOT NULL DEFAULT now(),
    execute_after timestamp with time zone NOT NULL DEFAULT now(),
    status pgqueuer.pgqueuer_status NOT NULL,
    entrypoint text NOT NULL,
    dedupe_key text,
    payload bytea,
    headers jsonb,
    attempts integer NOT NULL DEFAULT 0,
    slot bigint
);

CREATE TABLE pgqueuer.pgqueuer_log (
    id bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL PRIMARY KEY,
    created timestamp with time zone NOT NULL DEFAULT now(),
    job_id bigint NOT NULL,
    status pgqueuer.pgqueuer_status NOT NULL,
    priority integer NOT NULL,
    entrypoint text NOT NULL,
    traceback jsonb,
    aggregated boolean DEFAULT false
);

CREATE TABLE pgqueuer.pgqueuer_schedules (
    id bigserial NOT NULL PRIMARY KEY,
    expression text NOT NULL,
    entrypoint text NOT NULL,
    heartbeat timestamp with time zone NOT NULL DEFAULT now(),
    created timestamp with time zone NOT NULL DEFAULT now(),
    updated timestamp with time zone NOT NULL DEFAULT now(),
    next_run timestamp with time zone NOT NULL DEFAULT now(),
    last_run timestamp with time zone,
    status pgqueuer.pgqueuer_status DEFAULT 'queued'::pgqueuer.pgqueuer_status,
    UNIQUE (expression, entrypoint)
);

CREATE TABLE pgqueuer.pgqueuer_statistics (
    id bigserial NOT NULL PRIMARY KEY,
    created timestamp with time zone NOT NULL DEFAULT date_trunc('sec'::text, now()),
    count bigint NOT NULL,
    priority integer NOT NULL,
    status pgqueuer.pgqueuer_status NOT NULL,
    entrypoint text NOT NULL
);

CREATE INDEX pgqueuer_ep_ea_idx ON pgqueuer.pgqueuer USING btree (entrypoint, execute_after) WHERE (status = 'queued'::pgqueuer.pgqueuer_status);

CREATE INDEX pgqueuer_ep_prio_id_idx ON pgqueuer.pgqueuer USING btree (entrypoint, priority DESC, id) WHERE (status = 'queued'::pgqueuer.pgqueuer_status);

CREATE INDEX pgqueuer_log_created ON pgqueuer.pgqueuer_log USING btree (created);

CREATE INDEX pgqueuer_log_job_id_status ON pgqueuer.pgqueuer_log USING btree (job_id, created DESC);

CREATE INDEX pgqueuer_log_not_aggregated ON pgqueuer.pgqueuer_log USING btree ((1)) WHERE (NOT aggregated);

CREATE INDEX pgqueuer_log_status ON pgqueuer.pgqueuer_log USING btree (status);

CREATE INDEX pgqueuer_picked_heartbeat_idx ON pgqueuer.pgqueuer USING btree (heartbeat) WHERE (status = 'picked'::pgqueuer.pgqueuer_status);

CREATE UNIQUE INDEX pgqueuer_picked_slot_idx ON pgqueuer.pgqueuer USING btree (entrypoint, slot) WHERE ((status = 'picked'::pgqueuer.pgqueuer_status) AND (slot IS NOT NULL));

CREATE INDEX pgqueuer_priority_id_id1_idx ON pgqueuer.pgqueuer USING btree (priority, id DESC) INCLUDE (id) WHERE (status = 'queued'::pgqueuer.pgqueuer_status);

CREATE INDEX pgqueuer_queue_manager_id_idx ON pgqueuer.pgqueuer USING btree (queue_manager_id) WHERE (queue_manager_id IS NOT NULL);

CREATE UNIQUE INDEX pgqueuer_statistics_unique_count ON pgqueuer.pgqueuer_statistics USING btree (priority, date_trunc('sec'::text, timezone('UTC'::text, created)), status, entrypoint);

CREATE UNIQUE INDEX pgqueuer_unique_dedupe_key ON pgqueuer.pgqueuer USING btree (dedupe_key) WHERE ((status = ANY (ARRAY['queued'::pgqueuer.pgqueuer_status, 'picked'::pgqueuer.pgqueuer_status])) AND (dedupe_key IS NOT NULL));

CREATE INDEX pgqueuer_updated_id_id1_idx ON pgqueuer.pgqueuer USING btree (updated, id DESC) INCLUDE (id) WHERE (status = 'picked'::pgqueuer.pgqueuer_status);

CREATE FUNCTION pgqueuer.fn_pgqueuer_changed() RETURNS TRIGGER AS $$
DECLARE
    to_emit BOOLEAN := false;  -- Flag to decide whether to emit a notification
BEGIN
    -- Check operation type and set the emit flag accordingly
    IF TG_OP = 'UPDATE' AND OLD IS DISTINCT FROM NEW THEN
        to_emit := true;
    ELSIF TG_OP = 'DELETE' THEN
        to_emit := true;
    ELSIF TG_OP = 'INSERT' THEN
        to_emit := true;
    ELSIF TG_OP = 'TRUNCATE' THEN
        to_emit := true;
    END IF;

    -- Perform notification if the emit flag is set
    IF to_emit THEN
        PERFORM pg_notify(
            'ch_pgqueuer',
            json_build_object(
                'channel', 'ch_pgqueuer',
                'operation', lower(TG_OP),
                'sent_at', NOW(),
                'table', TG_TABLE_NAME,
                'type', 'table_changed_event'
            )::text
        );
    END IF;

    -- Return appropriate value based on the operation
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        RETURN NEW;
    ELSIF TG_OP = 'DELETE' THEN
        RETURN OLD;
    ELSE
        RETURN NULL; -- For TRUNCATE and other non-row-specific contexts
    END IF;

END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER tg_pgqueuer_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pgqueuer.pgqueuer
EXECUTE FUNCTION pgqueuer.fn_pgqueuer_changed();
"""

PGQUEUER_GRANTS = (
    "GRANT USAGE ON SCHEMA pgqueuer TO kindred_app",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgqueuer TO kindred_app",
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgqueuer TO kindred_app",
)


def sql_statements(script: str) -> list[str]:
    """Split a script at the semicolons that end statements (not those inside $$ bodies)."""
    statements, current, quoted = [], [], False
    for line in script.splitlines():
        current.append(line)
        quoted ^= line.count("$$") % 2 == 1
        if not quoted and line.rstrip().endswith(";"):
            statements.append("\n".join(current).strip().rstrip(";"))
            current = []
    if "\n".join(current).strip():
        statements.append("\n".join(current).strip())
    return statements


def upgrade() -> None:
    op.create_table(
        "api_rate_limits",
        sa.Column("caller_id", sa.Uuid(), nullable=False),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_api_rate_limits_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("caller_id", name=op.f("pk_api_rate_limits")),
    )
    op.create_index(
        op.f("ix_api_rate_limits_tenant_id"), "api_rate_limits", ["tenant_id"], unique=False
    )
    op.create_table(
        "idempotency_keys",
        sa.Column("caller_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("request_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("path", sa.String(length=300), nullable=False),
        sa.Column("response_status", sa.SmallInteger(), nullable=True),
        sa.Column("response_body", postgresql.JSONB(astext_type=Text()), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_idempotency_keys_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("caller_id", "key", name=op.f("pk_idempotency_keys")),
    )
    op.create_index(
        op.f("ix_idempotency_keys_tenant_id"), "idempotency_keys", ["tenant_id"], unique=False
    )
    op.create_table(
        "webhook_endpoints",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("description", sa.String(length=200), server_default="", nullable=False),
        sa.Column("events", sa.ARRAY(sa.String(length=40)), nullable=False),
        sa.Column("signing_secret", sa.String(length=100), nullable=False),
        sa.Column("created_by_label", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("secret_rotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_webhook_endpoints_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_endpoints")),
    )
    op.create_index(
        op.f("ix_webhook_endpoints_tenant_id"), "webhook_endpoints", ["tenant_id"], unique=False
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("endpoint_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("event_type", sa.String(length=40), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=Text()), nullable=False),
        sa.Column("status", sa.String(length=12), server_default="pending", nullable=False),
        sa.Column("attempts", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column(
            "next_attempt_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("leased_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_status_code", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "attempt_log",
            postgresql.JSONB(astext_type=Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'delivered', 'failed')",
            name=op.f("ck_webhook_deliveries_status"),
        ),
        sa.ForeignKeyConstraint(
            ["endpoint_id"],
            ["webhook_endpoints.id"],
            name=op.f("fk_webhook_deliveries_endpoint_id_webhook_endpoints"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_webhook_deliveries_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_deliveries")),
    )
    op.create_index(
        "ix_webhook_deliveries_due",
        "webhook_deliveries",
        ["next_attempt_at"],
        unique=False,
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_index(
        "ix_webhook_deliveries_endpoint",
        "webhook_deliveries",
        ["tenant_id", "endpoint_id", "created_at", "id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_webhook_deliveries_tenant_id"), "webhook_deliveries", ["tenant_id"], unique=False
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("child_id", sa.Uuid(), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("framework_version", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="draft", nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("needed_by", sa.Date(), nullable=True),
        sa.Column("siblings", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("location_preferences", sa.Text(), server_default="", nullable=False),
        sa.Column("max_distance", sa.String(length=20), server_default="any", nullable=False),
        sa.Column("needs", postgresql.JSONB(astext_type=Text()), nullable=False),
        sa.Column("what_helps", sa.Text(), server_default="", nullable=False),
        sa.Column("young_person_sections", postgresql.JSONB(astext_type=Text()), nullable=True),
        sa.Column("budget_weekly_pence", sa.BigInteger(), nullable=True),
        sa.Column("contact_arrangements", sa.Text(), server_default="", nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        sa.Column("submitted_by", sa.Uuid(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("return_comment", sa.Text(), nullable=True),
        sa.Column("snapshot", postgresql.JSONB(astext_type=Text()), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.Uuid(), nullable=True),
        sa.Column("close_reason", sa.Text(), nullable=True),
        sa.Column("accepted_offer_id", sa.Uuid(), nullable=True),
        sa.Column("placement_start_on", sa.Date(), nullable=True),
        sa.Column("placement_confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "(status = 'closed') = (outcome IS NOT NULL) AND (outcome IS NULL OR outcome IN ('placed', 'withdrawn', 'expired'))",
            name=op.f("ck_referrals_outcome"),
        ),
        sa.CheckConstraint(
            "purpose IN ('emergency', 'short_term', 'long_term', 'step_down', 'parent_and_child')",
            name=op.f("ck_referrals_purpose"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'awaiting_approval', 'open', 'closed')",
            name=op.f("ck_referrals_status"),
        ),
        sa.CheckConstraint(
            "budget_weekly_pence IS NULL OR budget_weekly_pence >= 0",
            name=op.f("ck_referrals_budget"),
        ),
        sa.CheckConstraint("siblings BETWEEN 0 AND 6", name=op.f("ck_referrals_siblings")),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_referrals_assessment_id_assessments"),
        ),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["children.id"],
            name=op.f("fk_referrals_child_id_children"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["users.id"], name=op.f("fk_referrals_closed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_referrals_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_referrals_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["submitted_by"], ["users.id"], name=op.f("fk_referrals_submitted_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_referrals_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint("tenant_id", "number", name=op.f("uq_referrals_tenant_id_number")),
    )
    op.create_index("ix_referrals_child", "referrals", ["tenant_id", "child_id"], unique=False)
    op.create_index(op.f("ix_referrals_tenant_id"), "referrals", ["tenant_id"], unique=False)
    op.create_index(
        "ix_referrals_tenant_status",
        "referrals",
        ["tenant_id", "status", "updated_at"],
        unique=False,
    )
    op.create_table(
        "referral_shares",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("snapshot", postgresql.JSONB(astext_type=Text()), nullable=False),
        sa.Column("referral_status", sa.String(length=12), server_default="open", nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("shared_by", sa.Uuid(), nullable=False),
        sa.Column(
            "shared_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("withdrawn_by", sa.Uuid(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdraw_reason", sa.Text(), nullable=True),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "referral_status IN ('open', 'closed')", name=op.f("ck_referral_shares_referral_status")
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["organisations.id"],
            name=op.f("fk_referral_shares_agency_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_shares_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shared_by"], ["users.id"], name=op.f("fk_referral_shares_shared_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_referral_shares_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["withdrawn_by"], ["users.id"], name=op.f("fk_referral_shares_withdrawn_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_shares")),
    )
    op.create_index(
        "ix_referral_shares_agency",
        "referral_shares",
        ["agency_id", "shared_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_referral_shares_referral", "referral_shares", ["tenant_id", "referral_id"], unique=False
    )
    op.create_index(
        op.f("ix_referral_shares_tenant_id"), "referral_shares", ["tenant_id"], unique=False
    )
    op.create_index(
        "uq_referral_shares_live",
        "referral_shares",
        ["referral_id", "agency_id"],
        unique=True,
        postgresql_where=sa.text("withdrawn_at IS NULL"),
    )
    op.create_table(
        "referral_offers",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("council_id", sa.Uuid(), nullable=False),
        sa.Column("share_id", sa.Uuid(), nullable=False),
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("household_reference", sa.String(length=40), nullable=False),
        sa.Column("household_postcode_sector", sa.String(length=8), nullable=True),
        sa.Column("capacity", postgresql.JSONB(astext_type=Text()), nullable=False),
        sa.Column("weekly_fee_pence", sa.BigInteger(), nullable=False),
        sa.Column("available_from", sa.Date(), nullable=False),
        sa.Column("message", sa.Text(), server_default="", nullable=False),
        sa.Column("status", sa.String(length=12), server_default="active", nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdraw_reason", sa.Text(), nullable=True),
        sa.Column("created_by_label", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "status IN ('active', 'withdrawn')", name=op.f("ck_referral_offers_status")
        ),
        sa.CheckConstraint("weekly_fee_pence >= 0", name=op.f("ck_referral_offers_fee")),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["organisations.id"],
            name=op.f("fk_referral_offers_council_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_offers_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["share_id"],
            ["referral_shares.id"],
            name=op.f("fk_referral_offers_share_id_referral_shares"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_referral_offers_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_offers")),
    )
    op.create_index(
        "ix_referral_offers_agency",
        "referral_offers",
        ["tenant_id", "created_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_referral_offers_council", "referral_offers", ["council_id", "referral_id"], unique=False
    )
    op.create_index(
        op.f("ix_referral_offers_tenant_id"), "referral_offers", ["tenant_id"], unique=False
    )
    op.create_index(
        "uq_referral_offers_live_household",
        "referral_offers",
        ["share_id", "household_reference"],
        unique=True,
        postgresql_where=sa.text("status = 'active'"),
    )
    op.create_table(
        "referral_share_views",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("council_id", sa.Uuid(), nullable=False),
        sa.Column("share_id", sa.Uuid(), nullable=False),
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("viewer_label", sa.String(length=200), nullable=False),
        sa.Column(
            "viewed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["organisations.id"],
            name=op.f("fk_referral_share_views_council_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_share_views_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["share_id"],
            ["referral_shares.id"],
            name=op.f("fk_referral_share_views_share_id_referral_shares"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_referral_share_views_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_share_views")),
    )
    op.create_index(
        "ix_referral_share_views_council",
        "referral_share_views",
        ["council_id", "referral_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_referral_share_views_tenant_id"),
        "referral_share_views",
        ["tenant_id"],
        unique=False,
    )
    op.create_table(
        "offer_decisions",
        sa.Column("offer_id", sa.Uuid(), nullable=False),
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("offer_version", sa.Integer(), nullable=False),
        sa.Column("accepted_terms", postgresql.JSONB(astext_type=Text()), nullable=True),
        sa.Column("decided_by", sa.Uuid(), nullable=False),
        sa.Column(
            "decided_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "status IN ('shortlisted', 'declined', 'accepted')",
            name=op.f("ck_offer_decisions_status"),
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["organisations.id"],
            name=op.f("fk_offer_decisions_agency_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_offer_decisions_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["referral_offers.id"],
            name=op.f("fk_offer_decisions_offer_id_referral_offers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_offer_decisions_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_offer_decisions_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("offer_id", name=op.f("pk_offer_decisions")),
    )
    op.create_index("ix_offer_decisions_agency", "offer_decisions", ["agency_id"], unique=False)
    op.create_index(
        "ix_offer_decisions_referral", "offer_decisions", ["tenant_id", "referral_id"], unique=False
    )
    op.create_index(
        op.f("ix_offer_decisions_tenant_id"), "offer_decisions", ["tenant_id"], unique=False
    )
    for table in TENANT_TABLES:
        for statement in isolate_tenant(table):
            op.execute(statement)
    for name, definition in CROSS_TENANT_POLICIES.items():
        op.execute(f"CREATE POLICY {name} {definition}")
    for signature, definition in FUNCTIONS.items():
        op.execute(definition)
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {signature} TO kindred_app")
    for statement in sql_statements(PGQUEUER_INSTALL):
        op.execute(statement)
    for statement in PGQUEUER_GRANTS:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP SCHEMA pgqueuer CASCADE")
    for signature in FUNCTIONS:
        op.execute(f"DROP FUNCTION {signature}")
    for name, definition in CROSS_TENANT_POLICIES.items():
        table = definition.split()[1]
        op.execute(f"DROP POLICY {name} ON {table}")
    for table in TENANT_TABLES:
        for statement in release_tenant(table):
            op.execute(statement)
    op.drop_index(op.f("ix_offer_decisions_tenant_id"), table_name="offer_decisions")
    op.drop_index("ix_offer_decisions_referral", table_name="offer_decisions")
    op.drop_index("ix_offer_decisions_agency", table_name="offer_decisions")
    op.drop_table("offer_decisions")
    op.drop_index(op.f("ix_referral_share_views_tenant_id"), table_name="referral_share_views")
    op.drop_index("ix_referral_share_views_council", table_name="referral_share_views")
    op.drop_table("referral_share_views")
    op.drop_index(
        "uq_referral_offers_live_household",
        table_name="referral_offers",
        postgresql_where=sa.text("status = 'active'"),
    )
    op.drop_index(op.f("ix_referral_offers_tenant_id"), table_name="referral_offers")
    op.drop_index("ix_referral_offers_council", table_name="referral_offers")
    op.drop_index("ix_referral_offers_agency", table_name="referral_offers")
    op.drop_table("referral_offers")
    op.drop_index(
        "uq_referral_shares_live",
        table_name="referral_shares",
        postgresql_where=sa.text("withdrawn_at IS NULL"),
    )
    op.drop_index(op.f("ix_referral_shares_tenant_id"), table_name="referral_shares")
    op.drop_index("ix_referral_shares_referral", table_name="referral_shares")
    op.drop_index("ix_referral_shares_agency", table_name="referral_shares")
    op.drop_table("referral_shares")
    op.drop_index("ix_referrals_tenant_status", table_name="referrals")
    op.drop_index(op.f("ix_referrals_tenant_id"), table_name="referrals")
    op.drop_index("ix_referrals_child", table_name="referrals")
    op.drop_table("referrals")
    op.drop_index(op.f("ix_webhook_deliveries_tenant_id"), table_name="webhook_deliveries")
    op.drop_index("ix_webhook_deliveries_endpoint", table_name="webhook_deliveries")
    op.drop_index(
        "ix_webhook_deliveries_due",
        table_name="webhook_deliveries",
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.drop_table("webhook_deliveries")
    op.drop_index(op.f("ix_webhook_endpoints_tenant_id"), table_name="webhook_endpoints")
    op.drop_table("webhook_endpoints")
    op.drop_index(op.f("ix_idempotency_keys_tenant_id"), table_name="idempotency_keys")
    op.drop_table("idempotency_keys")
    op.drop_index(op.f("ix_api_rate_limits_tenant_id"), table_name="api_rate_limits")
    op.drop_table("api_rate_limits")
