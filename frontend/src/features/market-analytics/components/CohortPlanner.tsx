import { useQuery } from "@tanstack/react-query";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { currentFrameworkQueryOptions } from "@/lib/current-framework";
import { problemOf } from "@/lib/problem";
import { usePlan } from "@/features/market-analytics/api/analytics";
import { PlanForm } from "./PlanForm";
import { PlanResult } from "./PlanResult";

/**
 * The cohort plan: the assignment of children to households that places the most children
 * and then fits them best, under vacancies and the hard filters. Only ever a suggestion.
 */
export function CohortPlanner() {
  const plan = usePlan();
  const framework = useQuery(currentFrameworkQueryOptions);
  return (
    <>
      <PlanForm
        running={plan.isPending}
        onRun={(body) => {
          plan.mutate(body);
        }}
      />
      <div aria-live="polite">
        {plan.isPending ? <LoadingMessage>Working out the plan…</LoadingMessage> : null}
      </div>
      {plan.isError ? (
        <ProblemMessage problem={problemOf(plan.error, { title: "The plan could not be made" })} />
      ) : null}
      {plan.data ? <PlanResult plan={plan.data} framework={framework.data} /> : null}
    </>
  );
}
