import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";

import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { DownloadLinks } from "../../../components/table/DownloadLinks";
import { Pagination, rangeSummary } from "../../../components/table/Pagination";
import { problemOf } from "../../../lib/problem";
import { caseloadQueryFrom, DEFAULT_SORT, isFiltered, searchFor } from "../api/caseload-search";
import { type CaseloadQuery, caseloadQueryOptions, type CaseloadSort } from "../api/children";
import { CaseloadFilters, type TeamOption } from "./CaseloadFilters";
import { CaseloadTable } from "./CaseloadTable";

const LIST_PATH = "/children";

/** The children a person works with: filters, a sortable table and pages, kept in the address. */
export function Caseload({ teams }: { teams: readonly TeamOption[] | undefined }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = caseloadQueryFrom(params);
  const children = useQuery(caseloadQueryOptions(query));
  const hrefFor = (change: Partial<CaseloadQuery>) =>
    LIST_PATH + searchFor({ ...query, ...change });

  let body;
  if (children.isPending) {
    body = <LoadingMessage>Loading children…</LoadingMessage>;
  } else if (children.isError) {
    body = <ProblemMessage problem={problemOf(children.error, "Children")} />;
  } else if (children.data.total === 0) {
    body = isFiltered(query) ? (
      <p className="govuk-body" role="status">
        No children match these filters.{" "}
        <Link className="govuk-link" to={LIST_PATH}>
          Clear the filters
        </Link>{" "}
        to see all your children.
      </p>
    ) : (
      <p className="govuk-body">There are no children in your caseload yet.</p>
    );
  } else {
    const { items, total, page, page_size: pageSize } = children.data;
    body = (
      <>
        <p className="govuk-body" aria-live="polite">
          {rangeSummary(page, pageSize, total, total === 1 ? "child" : "children")}
        </p>
        <DownloadLinks
          path="/api/v1/children/export"
          search={searchFor(query)}
          what="the children matching these filters"
        />
        <CaseloadTable
          rows={items}
          sort={query.sort ?? DEFAULT_SORT}
          hrefForSort={(sort) => hrefFor({ sort: sort as CaseloadSort, page: 1 })}
          busy={children.isPlaceholderData}
        />
        <Pagination
          page={page}
          pageSize={pageSize}
          total={total}
          hrefFor={(target) => hrefFor({ page: target })}
        />
      </>
    );
  }

  return (
    <>
      <CaseloadFilters
        key={params.toString()}
        query={query}
        teams={teams}
        onApply={(filters) => {
          void navigate(hrefFor({ ...filters, page: 1 }));
        }}
      />
      {body}
    </>
  );
}
