import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";

import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { Pagination, rangeSummary } from "../../../components/table/Pagination";
import { problemOf } from "../../../lib/problem";
import { type AuditQuery, auditEventsQueryOptions } from "../api/audit-events";
import { auditQueryFrom, auditSearchFor } from "../api/audit-search";
import { AuditEventsTable } from "./AuditEventsTable";
import { AuditFilters, type Person } from "./AuditFilters";

const LOG_PATH = "/admin/audit";

/** The audit log: filters, then a page of events, all kept in the page address. */
export function AuditLog({ people }: { people: readonly Person[] }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = auditQueryFrom(params);
  const events = useQuery(auditEventsQueryOptions(query));
  const hrefFor = (change: Partial<AuditQuery>) =>
    LOG_PATH + auditSearchFor({ ...query, ...change });

  let body;
  if (events.isPending) {
    body = <LoadingMessage>Loading the audit log…</LoadingMessage>;
  } else if (events.isError) {
    body = <ProblemMessage problem={problemOf(events.error, "The audit log")} />;
  } else if (events.data.total === 0) {
    body = <p className="govuk-body">No events match these filters.</p>;
  } else {
    const { items, total, page, page_size: pageSize } = events.data;
    body = (
      <>
        <p className="govuk-body" aria-live="polite">
          {rangeSummary(page, pageSize, total, total === 1 ? "event" : "events")}
        </p>
        <AuditEventsTable events={items} busy={events.isPlaceholderData} />
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
      <AuditFilters
        // Remounted when the address changes (e.g. Clear filters), to show its filters, and
        // when the people arrive, so the chosen person shows in the list.
        key={`${params.toString()}|${String(people.length)}`}
        query={query}
        people={people}
        onApply={(filters) => {
          void navigate(hrefFor({ ...filters, page: 1 }));
        }}
      />
      {body}
    </>
  );
}
