import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";

import { DownloadLinks } from "@/components/table/DownloadLinks";
import { NoMatches, PagedList } from "@/components/table/PagedList";
import {
  caseloadQueryFrom,
  DEFAULT_SORT,
  isFiltered,
  searchFor,
} from "@/features/children/api/caseload-search";
import {
  type CaseloadQuery,
  caseloadQueryOptions,
  type CaseloadSort,
} from "@/features/children/api/children";
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

  const body = (
    <PagedList
      query={children}
      loading="Loading children…"
      what="Children"
      noun={["child", "children"]}
      empty={
        isFiltered(query) ? (
          <NoMatches what="children" clearHref={LIST_PATH} toSeeAll="to see all your children" />
        ) : (
          <p className="govuk-body">There are no children in your caseload yet.</p>
        )
      }
      hrefFor={(target) => hrefFor({ page: target })}
    >
      {({ items }, busy) => (
        <>
          <DownloadLinks
            path="/api/v1/children/export"
            search={searchFor(query)}
            what="the children matching these filters"
          />
          <CaseloadTable
            rows={items}
            sort={query.sort ?? DEFAULT_SORT}
            hrefForSort={(sort) => hrefFor({ sort: sort as CaseloadSort, page: 1 })}
            busy={busy}
          />
        </>
      )}
    </PagedList>
  );

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
