import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";

import { DownloadLinks } from "@/components/table/DownloadLinks";
import { NoMatches, PagedList } from "@/components/table/PagedList";
import { type CarerListQuery, carersQueryOptions } from "@/features/carers/api/carers";
import { carerListQueryFrom, searchFor } from "@/features/carers/api/list-search";
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

  const body = (
    <PagedList
      query={carers}
      loading="Loading households…"
      what="Households"
      noun={["household", "households"]}
      empty={
        isFiltered(query) ? (
          <NoMatches what="households" clearHref={LIST_PATH} toSeeAll="to see them all" />
        ) : (
          <p className="govuk-body">There are no fostering households yet.</p>
        )
      }
      hrefFor={(target) => hrefFor({ page: target })}
    >
      {({ items }, busy) => (
        <>
          <DownloadLinks
            path="/api/v1/carers/export"
            search={searchFor(query)}
            what="the households matching these filters"
          />
          <CarersTable households={items} busy={busy} />
        </>
      )}
    </PagedList>
  );

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
