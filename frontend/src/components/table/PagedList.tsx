import type { ReactNode } from "react";
import { Link } from "react-router";

import { type QueryState, QueryView } from "@/components/states/QueryView";
import { Pagination, rangeSummary } from "./Pagination";

/** One page of a list as the API serves it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

interface PagedListProps<T> {
  query: QueryState<Page<T>> & { isPlaceholderData: boolean };
  /** Announced while the first page loads: "Loading children…". */
  loading: string;
  /** What could not be loaded, when no answer came at all: "Children". */
  what: string;
  /** Shown instead of an empty list: why there is nothing (see NoMatches for filters). */
  empty: ReactNode;
  /** What is counted, one and many: ["child", "children"]. */
  noun: readonly [string, string];
  /** The address of page `page` of this list (filters kept). */
  hrefFor: (page: number) => string;
  /** The page's rows, `busy` while the next page replaces them. */
  children: (page: Page<T>, busy: boolean) => ReactNode;
}

/**
 * A paged list from the API: loading, problem, empty, then "Showing 1 to 25 of 42 …", the rows
 * and GOV.UK pagination.
 */
export function PagedList<T>({
  query,
  loading,
  what,
  empty,
  noun,
  hrefFor,
  children,
}: PagedListProps<T>) {
  return (
    <QueryView query={query} loading={loading} what={what}>
      {(page) =>
        page.total === 0 ? (
          empty
        ) : (
          <>
            <p className="govuk-body" aria-live="polite">
              {rangeSummary(page.page, page.page_size, page.total, noun[page.total === 1 ? 0 : 1])}
            </p>
            {children(page, query.isPlaceholderData)}
            <Pagination
              page={page.page}
              pageSize={page.page_size}
              total={page.total}
              hrefFor={hrefFor}
            />
          </>
        )
      }
    </QueryView>
  );
}

interface NoMatchesProps {
  /** What is listed: "children". */
  what: string;
  /** The list without filters. */
  clearHref: string;
  /** Ends "Clear the filters …": "to see all your children". */
  toSeeAll: string;
}

/** An empty list because of the filters, announced, with the way back to all of it. */
export function NoMatches({ what, clearHref, toSeeAll }: NoMatchesProps) {
  return (
    <p className="govuk-body" role="status">
      No {what} match these filters.{" "}
      <Link className="govuk-link" to={clearHref}>
        Clear the filters
      </Link>{" "}
      {toSeeAll}.
    </p>
  );
}
