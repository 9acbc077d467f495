import { useQuery } from "@tanstack/react-query";

import { QueryView } from "@/components/states/QueryView";
import { Pagination } from "@/components/table/Pagination";
import {
  type BulkLoad,
  bulkLoadErrorsQueryOptions,
  ERRORS_PAGE_SIZE,
} from "@/features/bulk-loads/api/bulk-loads";

interface RowErrorsProps {
  load: BulkLoad;
  page: number;
  hrefFor: (page: number) => string;
}

/** Every problem of the file by line, column and reason, a page at a time. */
export function RowErrors({ load, page, hrefFor }: RowErrorsProps) {
  const errors = useQuery(bulkLoadErrorsQueryOptions(load.id, page, load.status));
  return (
    <QueryView query={errors} loading="Loading the problems…" what="The problems">
      {({ items, total }) => (
        <>
          <table className="govuk-table govuk-table--small-text-until-tablet">
            <caption className="govuk-table__caption govuk-table__caption--m">
              Problems in the file ({total.toLocaleString("en-GB")})
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Line
                </th>
                <th scope="col" className="govuk-table__header">
                  Column
                </th>
                <th scope="col" className="govuk-table__header">
                  Problem
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {items.map((error, index) => (
                <tr className="govuk-table__row" key={`${String(error.line)}:${String(index)}`}>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{error.line}</td>
                  <td className="govuk-table__cell">{error.column ?? "The whole row"}</td>
                  <td className="govuk-table__cell">{error.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} pageSize={ERRORS_PAGE_SIZE} total={total} hrefFor={hrefFor} />
        </>
      )}
    </QueryView>
  );
}
