import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";

import { ColumnHeaders } from "@/components/table/ColumnHeaders";
import { UrlFilterSelect } from "@/components/forms/UrlFilterSelect";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { formatDate } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { PURPOSE_LABELS, referralStatusText } from "@/lib/referral-labels";
import { sharedReferralsQueryOptions } from "@/features/agency-portal/api/partner";

const STATUS_OPTIONS = [
  { value: "", label: "Any status" },
  { value: "open", label: "Open" },
  { value: "closed", label: "Closed" },
];

/** Referrals councils shared with my agency, newest first, a page at a time (cursor). */
export function SharedReferralList() {
  const [params] = useSearchParams();
  const raw = params.get("status");
  const status = raw === "open" || raw === "closed" ? raw : undefined;
  const cursor = params.get("cursor") ?? undefined;
  const list = useQuery(sharedReferralsQueryOptions(status, cursor));

  let body;
  if (list.isError) body = <ProblemMessage problem={problemOf(list.error, "The referrals")} />;
  else if (!list.data) body = <LoadingMessage>Loading referrals…</LoadingMessage>;
  else if (list.data.items.length === 0) {
    body = (
      <p className="govuk-body">
        No referrals have been shared with your agency{status ? " with this status" : ""}.
      </p>
    );
  } else {
    const next = list.data.next_cursor;
    body = (
      <>
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Referrals shared with your agency, newest first
          </caption>
          <ColumnHeaders
            columns={["Referral", "Council", "Placement", "Age", "Needed by", "Status"]}
          />
          <tbody className="govuk-table__body">
            {list.data.items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/agency/referrals/${item.id}`}>
                    {item.reference}
                  </Link>
                </td>
                <td className="govuk-table__cell">{item.location.local_authority}</td>
                <td className="govuk-table__cell">{PURPOSE_LABELS[item.purpose]}</td>
                <td className="govuk-table__cell">{item.age_years}</td>
                <td className="govuk-table__cell">
                  {item.needed_by ? formatDate(item.needed_by) : "Not set"}
                </td>
                <td className="govuk-table__cell">
                  {referralStatusText(item.status, item.closed_reason)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <nav className="govuk-pagination" aria-label="Pages of referrals">
          {cursor ? (
            <Link
              className="govuk-link govuk-!-margin-right-4"
              to={status ? `?status=${status}` : "?"}
            >
              First page
            </Link>
          ) : null}
          {next ? (
            <Link
              className="govuk-link"
              to={`?${new URLSearchParams({ ...(status ? { status } : {}), cursor: next }).toString()}`}
            >
              Next page
            </Link>
          ) : null}
        </nav>
      </>
    );
  }
  return (
    <>
      <UrlFilterSelect
        id="status-filter"
        label="Status"
        param="status"
        options={STATUS_OPTIONS}
        value={status ?? ""}
      />
      {body}
    </>
  );
}
