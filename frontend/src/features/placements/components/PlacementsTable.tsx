import { ChangeButton } from "@/components/table/ChangeButton";
import { formatDate } from "@/lib/format";
import type { Placement } from "@/features/placements/api/placements";
import {
  CHANGE_REASON_LABELS,
  codeText,
  LEGAL_STATUS_LABELS,
  PROVIDER_LABELS,
} from "./ssda903-codes";

function Distance({ placement }: { placement: Placement }) {
  if (placement.distance_miles === null) return <>Not known</>;
  return (
    <>
      {placement.distance_miles.toFixed(1)} miles
      {placement.over_20_miles ? (
        <>
          {" "}
          <strong className="govuk-tag govuk-tag--orange">Over 20 miles</strong>
        </>
      ) : null}
    </>
  );
}

interface PlacementsTableProps {
  placements: readonly Placement[];
  /** Offers "Change" on each episode when given. */
  onChange?: (placement: Placement) => void;
}

/** A child's placement episodes, newest first, with their codes in words. */
export function PlacementsTable({ placements, onChange }: PlacementsTableProps) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-visually-hidden">Placement episodes</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {["Dates", "Placement", "Legal status", "Reason it changed", "Distance from home"].map(
            (heading) => (
              <th key={heading} scope="col" className="govuk-table__header">
                {heading}
              </th>
            ),
          )}
          {onChange ? (
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {placements.map((placement) => (
          <tr className="govuk-table__row" key={placement.id}>
            <td className="govuk-table__cell">
              {formatDate(placement.start_date)} to{" "}
              {placement.end_date ? formatDate(placement.end_date) : "now"}
            </td>
            <td className="govuk-table__cell">
              {placement.placement_type} – {placement.placement_type_label}
              <br />
              <span className="govuk-body-s">
                {placement.household?.name ??
                  placement.provider_name ??
                  codeText(PROVIDER_LABELS, placement.provider)}
              </span>
            </td>
            <td className="govuk-table__cell">
              {codeText(LEGAL_STATUS_LABELS, placement.legal_status)}
            </td>
            <td className="govuk-table__cell">
              {placement.reason_for_change
                ? codeText(CHANGE_REASON_LABELS, placement.reason_for_change)
                : "—"}
            </td>
            <td className="govuk-table__cell">
              <Distance placement={placement} />
              {placement.warnings.map((warning) => (
                <p key={warning} className="govuk-body-s govuk-!-margin-bottom-0">
                  {warning}
                </p>
              ))}
            </td>
            {onChange ? (
              <td className="govuk-table__cell">
                <ChangeButton
                  what={`the episode from ${formatDate(placement.start_date)}`}
                  onClick={() => {
                    onChange(placement);
                  }}
                />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
