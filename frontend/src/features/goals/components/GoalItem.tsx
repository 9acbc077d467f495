import { formatDate } from "@/lib/format";
import type { Goal } from "@/features/goals/api/goals";
import { AddProgressForm } from "./AddProgressForm";
import { GOAL_STATUS_LABELS, GOAL_STATUS_TAGS } from "./goal-labels";

interface GoalItemProps {
  goal: Goal;
  /** Without it the goal is shown read-only (the printed profile). */
  onProgressAdded?: ((goal: Goal) => void) | undefined;
  /** How many of the newest notes to show; all when left out. */
  notes?: number;
}

/** One goal: what, for which need, by when, its status and its progress notes. */
export function GoalItem({ goal, onProgressAdded, notes }: GoalItemProps) {
  const shown = notes === undefined ? goal.progress : goal.progress.slice(0, notes);
  return (
    <li className="app-goal">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{goal.title}</h3>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        <strong className={`govuk-tag ${GOAL_STATUS_TAGS[goal.status]}`}>
          {GOAL_STATUS_LABELS[goal.status]}
        </strong>{" "}
        {goal.domain_name}
        {goal.target_date ? ` · by ${formatDate(goal.target_date)}` : ""}
      </p>
      {shown.length > 0 ? (
        <ul className="govuk-list govuk-body-s app-goal__notes">
          {shown.map((note) => (
            <li key={note.id}>
              <span className="app-secondary-text">
                {formatDate(note.noted_on)}, {note.author.display_name}:
              </span>{" "}
              {note.note}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body-s app-secondary-text">No progress noted yet.</p>
      )}
      {onProgressAdded ? (
        <details className="govuk-details app-no-print">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Add a progress note<span className="govuk-visually-hidden"> to “{goal.title}”</span>
            </span>
          </summary>
          <div className="govuk-details__text">
            <AddProgressForm
              childId={goal.child_id}
              goalId={goal.id}
              goalTitle={goal.title}
              onAdded={() => {
                onProgressAdded(goal);
              }}
            />
          </div>
        </details>
      ) : null}
    </li>
  );
}
