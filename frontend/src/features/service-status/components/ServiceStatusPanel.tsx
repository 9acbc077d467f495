import { useQuery } from "@tanstack/react-query";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import { healthQueryOptions } from "@/features/service-status/api/get-health";
import { ServiceStatusSummary } from "./ServiceStatusSummary";

function ServiceStatusBody() {
  const health = useQuery(healthQueryOptions);
  if (health.isPending) return <LoadingMessage>Checking service status…</LoadingMessage>;
  if (health.isError) {
    const problem = problemOf(health.error, { title: "Service status unavailable" });
    return <ProblemMessage problem={problem} />;
  }
  return <ServiceStatusSummary health={health.data} />;
}

/** Fetches and shows whether Kindred and its database are up. */
export function ServiceStatusPanel() {
  return (
    <section aria-labelledby="service-status-heading">
      <h2 className="govuk-heading-m" id="service-status-heading">
        Service status
      </h2>
      <ServiceStatusBody />
    </section>
  );
}
