import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";

import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { DownloadLinks } from "../../../components/table/DownloadLinks";
import { Pagination, rangeSummary } from "../../../components/table/Pagination";
import { problemOf } from "../../../lib/problem";
import { type CarerListQuery, carersQueryOptions } from "../api/carers";
import { carerListQueryFrom, searchFor } from "../api/list-search";
import { CarerFilters } from "./CarerFilters";
import { CarersTable } from "./CarersTable";

const LIST_PATH = "/carers";

function isFiltered(query: CarerListQuery): boolean {
  return Boolean(
    query.q ??
    query.status ??
    query.approved_type ??
    query.with_vacancy ??
    typeof query.in_house === "boolean",
  );
}

/** The fostering households: filters, a table and pages, all kept in the address. */
export function CarerList() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = carerListQueryFrom(params);
  const carers = useQuery(carersQueryOptions(query));
  const hrefFor = (change: Partial<CarerListQuery>) =>
    LIST_PATH + searchFor({ ...query, ...change });

  let body;
  if (carers.isPending) {
    body = <LoadingMessage>Loading households…</LoadingMessage>;
  } else if (carers.isError) {
    body = <ProblemMessage problem={problemOf(carers.error, "Households")} />;
  } else if (carers.data.total === 0) {
    body = isFiltered(query) ? (
      <p className="govuk-body">
        No households match these filters.{" "}
        <Link className="govuk-link" to={LIST_PATH}>
          Clear the filters
        </Link>{" "}
        to see them all.
      </p>
    ) : (
      <p className="govuk-body">There are no fostering households yet.</p>
    );
  } else {
    const { items, total, page, page_size: pageSize } = carers.data;
    body = (
      <>
        <p className="govuk-body" aria-live="polite">
          {rangeSummary(page, pageSize, total, total === 1 ? "household" : "households")}
        </p>
        <DownloadLinks
          path="/api/v1/carers/export"
          search={searchFor(query)}
          what="the households matching these filters"
        />
        <CarersTable households={items} busy={carers.isPlaceholderData} />
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
      <CarerFilters
        key={params.toString()}
        query={query}
        onApply={(filters) => {
          void navigate(hrefFor({ ...filters, page: 1 }));
        }}
      />
      {body}
    </>
  );
}
