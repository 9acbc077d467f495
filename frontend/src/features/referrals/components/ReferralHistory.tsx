import { formatDate, formatDateTime } from "@/lib/format";
import type { Referral } from "@/features/referrals/api/referrals";

interface Event {
  at: string;
  text: string;
}

/** What happened to the referral, oldest first, from the fields the API records. */
export function historyOf(referral: Referral): Event[] {
  const events: Event[] = [
    { at: referral.created_at, text: `Drafted by ${referral.created_by.display_name}` },
  ];
  if (referral.returned_at) {
    events.push({
      at: referral.returned_at,
      text: `Returned for changes by ${referral.decided_by?.display_name ?? "a manager"}: “${referral.return_comment ?? ""}”`,
    });
  }
  if (referral.submitted_at) {
    events.push({
      at: referral.submitted_at,
      text: `Submitted for approval by ${referral.submitted_by?.display_name ?? "a practitioner"}`,
    });
  }
  if (referral.approved_at) {
    events.push({
      at: referral.approved_at,
      text: `Approved by ${referral.decided_by?.display_name ?? "a manager"}`,
    });
  }
  for (const share of referral.shares) {
    events.push({
      at: share.shared_at,
      text: `Shared with ${share.agency.name} by ${share.shared_by.display_name}`,
    });
    if (share.withdrawn_at) {
      events.push({ at: share.withdrawn_at, text: `Withdrawn from ${share.agency.name}` });
    }
  }
  if (referral.closed_at) {
    const reason = referral.close_reason ? `: “${referral.close_reason}”` : "";
    events.push({
      at: referral.closed_at,
      text: `Closed as ${referral.outcome ?? "closed"}${reason}`,
    });
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

export function ReferralHistory({ referral }: { referral: Referral }) {
  return (
    <>
      <h2 className="govuk-heading-m">History</h2>
      <ol className="govuk-list govuk-list--spaced">
        {historyOf(referral).map((event) => (
          <li key={`${event.at}-${event.text}`}>
            <span className="govuk-body-s app-block app-secondary-text">
              {formatDateTime(event.at)}
            </span>
            {event.text}
          </li>
        ))}
        {referral.placement_start_on ? (
          <li>Placement starts on {formatDate(referral.placement_start_on)}</li>
        ) : null}
      </ol>
    </>
  );
}
