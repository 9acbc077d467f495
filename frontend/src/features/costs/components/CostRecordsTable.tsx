import { ChangeButton } from "@/components/table/ChangeButton";
import { formatDate } from "@/lib/format";
import type { CostRecord } from "@/features/costs/api/costs";
import { amountText, FUNDER_LABELS, KIND_LABELS } from "./cost-labels";

function datesText(record: CostRecord): string {
  if (record.frequency === "one_off") return formatDate(record.start_date);
  const end = record.end_date ? formatDate(record.end_date) : "now";
  return `${formatDate(record.start_date)} to ${end}`;
}

interface CostRecordsTableProps {
  caption: string;
  records: readonly CostRecord[];
  onChange: (record: CostRecord) => void;
}

/** Cost records over time, newest first: what, how much, who pays, from when to when. */
export function CostRecordsTable({ caption, records, onChange }: CostRecordsTableProps) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {["Dates", "What", "Amount", "Who pays"].map((heading) => (
            <th
              key={heading}
              scope="col"
              className={
                heading === "Amount"
                  ? "govuk-table__header govuk-table__header--numeric"
                  : "govuk-table__header"
              }
            >
              {heading}
            </th>
          ))}
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {records.map((record) => (
          <tr className="govuk-table__row" key={record.id}>
            <td className="govuk-table__cell">{datesText(record)}</td>
            <td className="govuk-table__cell">
              {KIND_LABELS[record.kind]}
              {record.description ? (
                <>
                  <br />
                  <span className="govuk-body-s">{record.description}</span>
                </>
              ) : null}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{amountText(record)}</td>
            <td className="govuk-table__cell">{FUNDER_LABELS[record.funder]}</td>
            <td className="govuk-table__cell">
              <ChangeButton
                what={`the ${KIND_LABELS[record.kind].toLowerCase()} from ${formatDate(record.start_date)}`}
                onClick={() => {
                  onChange(record);
                }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
