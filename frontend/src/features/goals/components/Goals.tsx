import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import { goalsQueryOptions } from "@/features/goals/api/goals";
import { AddGoalForm } from "./AddGoalForm";
import { GoalItem } from "./GoalItem";

interface GoalsProps {
  childId: string;
  /** The framework's domains, for linking a new goal to a need. */
  domains: readonly { key: string; name: string }[];
  /** The printed profile shows goals without the forms. */
  readOnly?: boolean;
}

/** The goals in a child's plan with their progress, and ways to add both. */
export function Goals({ childId, domains, readOnly = false }: GoalsProps) {
  const goals = useQuery(goalsQueryOptions(childId));
  const [message, setMessage] = useState("");

  if (goals.isPending) return <LoadingMessage>Loading goals…</LoadingMessage>;
  if (goals.isError) {
    return <ProblemMessage problem={problemOf(goals.error, "Goals")} />;
  }
  return (
    <>
      <div role="status">{message ? <p className="govuk-body">{message}</p> : null}</div>
      {goals.data.length > 0 ? (
        <ul className="govuk-list app-goals">
          {goals.data.map((goal) => (
            <GoalItem
              key={goal.id}
              goal={goal}
              notes={readOnly ? 1 : undefined}
              onProgressAdded={
                readOnly
                  ? undefined
                  : (added) => {
                      setMessage(`Progress note added to “${added.title}”.`);
                    }
              }
            />
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No goals yet.</p>
      )}
      {readOnly ? null : (
        <details className="govuk-details app-no-print">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Add a goal</span>
          </summary>
          <div className="govuk-details__text">
            <AddGoalForm
              childId={childId}
              domains={domains}
              onAdded={(title) => {
                setMessage(`Goal “${title}” added.`);
              }}
            />
          </div>
        </details>
      )}
    </>
  );
}
