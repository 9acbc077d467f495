import { useQuery } from "@tanstack/react-query";

import { ApiError, type Problem } from "../../../api/api-error";
import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { healthQueryOptions } from "../api/get-health";
import { ServiceStatusSummary } from "./ServiceStatusSummary";

const UNREACHABLE: Problem = {
  type: "about:blank",
  title: "Service status unavailable",
  status: 0,
  detail: "Kindred could not be reached. Check your connection and try again.",
};

function ServiceStatusBody() {
  const health = useQuery(healthQueryOptions);
  if (health.isPending) return <LoadingMessage>Checking service status…</LoadingMessage>;
  if (health.isError) {
    const problem = health.error instanceof ApiError ? health.error.problem : UNREACHABLE;
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
