import type { HealthReport } from "@/features/service-status/api/get-health";

function StatusTag({ healthy, children }: { healthy: boolean; children: string }) {
  return (
    <strong className={`govuk-tag govuk-tag--${healthy ? "green" : "red"}`}>{children}</strong>
  );
}

/** The health report as a GOV.UK summary list. */
export function ServiceStatusSummary({ health }: { health: HealthReport }) {
  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Status</dt>
        <dd className="govuk-summary-list__value">
          <StatusTag healthy={health.status === "ok"}>{health.status}</StatusTag>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Database</dt>
        <dd className="govuk-summary-list__value">
          <StatusTag healthy={health.database === "ok"}>{health.database}</StatusTag>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Migration revision</dt>
        <dd className="govuk-summary-list__value">{health.revision ?? "None applied"}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Version</dt>
        <dd className="govuk-summary-list__value">{health.version}</dd>
      </div>
    </dl>
  );
}
