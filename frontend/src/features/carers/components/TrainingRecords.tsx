import { domainName, type Framework } from "@/lib/current-framework";
import { formatDate } from "@/lib/format";
import type { Household } from "@/features/carers/api/carers";

interface TrainingRecordsProps {
  framework: Framework;
  training: Household["training"];
}

/** The household's completed training, newest first. */
export function TrainingRecords({ framework, training }: TrainingRecordsProps) {
  if (training.length === 0) {
    return <p className="govuk-body">No training has been recorded yet.</p>;
  }
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Training completed, newest first
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Completed
          </th>
          <th scope="col" className="govuk-table__header">
            Training
          </th>
          <th scope="col" className="govuk-table__header">
            Domain
          </th>
          <th scope="col" className="govuk-table__header">
            Provider
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {training.map((record) => (
          <tr className="govuk-table__row" key={record.id}>
            <td className="govuk-table__cell">{formatDate(record.completed_on)}</td>
            <td className="govuk-table__cell">{record.title}</td>
            <td className="govuk-table__cell">
              {record.domain_key ? domainName(framework, record.domain_key) : "General"}
            </td>
            <td className="govuk-table__cell">{record.provider ?? "Not recorded"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
