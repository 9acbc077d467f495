import type { HouseholdStatus } from "@/features/carers/api/carers";
import { HOUSEHOLD_STATUS_LABELS } from "@/features/carers/api/labels";

const TAG_COLOURS = {
  active: "govuk-tag--green",
  on_hold: "govuk-tag--yellow",
  closed: "govuk-tag--grey",
} as const satisfies Record<HouseholdStatus, string>;

export function HouseholdStatusTag({ status }: { status: HouseholdStatus }) {
  return (
    <strong className={`govuk-tag ${TAG_COLOURS[status]}`}>
      {HOUSEHOLD_STATUS_LABELS[status]}
    </strong>
  );
}
