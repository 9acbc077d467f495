import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";

import { PagedList } from "@/components/table/PagedList";
import { type AuditQuery, auditEventsQueryOptions } from "@/features/audit-log/api/audit-events";
import { auditQueryFrom, auditSearchFor } from "@/features/audit-log/api/audit-search";
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

  const body = (
    <PagedList
      query={events}
      loading="Loading the audit log…"
      what="The audit log"
      noun={["event", "events"]}
      empty={<p className="govuk-body">No events match these filters.</p>}
      hrefFor={(target) => hrefFor({ page: target })}
    >
      {({ items }, busy) => <AuditEventsTable events={items} busy={busy} />}
    </PagedList>
  );

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
