import type { AssessmentStatus } from "@/features/assessments/api/assessments";
import { STATUS_LABELS, STATUS_TAGS } from "./status-labels";

export function StatusTag({ status }: { status: AssessmentStatus }) {
  return <strong className={`govuk-tag ${STATUS_TAGS[status]}`}>{STATUS_LABELS[status]}</strong>;
}
