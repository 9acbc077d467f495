"""SQL that puts a table under tenant isolation; migrations call it for each tenant-owned table.

The current tenant is a per-transaction setting, `kindred.tenant_id`, set from the
authenticated caller. Unset, it matches no row: a query that forgets to filter sees nothing.
"""

CURRENT_TENANT_FUNCTION = """
CREATE OR REPLACE FUNCTION kindred_current_tenant() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT NULLIF(current_setting('kindred.tenant_id', true), '')::uuid $$
"""


def isolate_tenant(table: str) -> list[str]:
    """Statements enabling RLS on `table` with rows visible only to their own tenant."""
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY tenant_isolation ON {table} "
        "USING (tenant_id = kindred_current_tenant()) "
        "WITH CHECK (tenant_id = kindred_current_tenant())",
    ]


def release_tenant(table: str) -> list[str]:
    """The inverse of `isolate_tenant`, for downgrades."""
    return [
        f"DROP POLICY IF EXISTS tenant_isolation ON {table}",
        f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY",
    ]
