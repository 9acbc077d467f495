import { useQuery } from "@tanstack/react-query";

import { usersQueryOptions } from "@/features/admin-users/api/users";
import { AuditLog } from "@/features/audit-log/components/AuditLog";
import { useDocumentTitle } from "@/lib/use-document-title";

// The person filter lists the council's accounts; the API's largest page is 200.
const PEOPLE_QUERY = { sort: "display_name", page_size: 200 } as const;

export function AuditLogPage() {
  useDocumentTitle("Audit log");
  const people = useQuery(usersQueryOptions(PEOPLE_QUERY));
  return (
    <>
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">
        Who did what in Kindred, and when, newest first. Searching the log is recorded in it too.
      </p>
      <AuditLog
        people={(people.data?.items ?? []).map((user) => ({
          id: user.id,
          name: user.display_name,
        }))}
      />
    </>
  );
}
