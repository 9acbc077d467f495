import { useQuery } from "@tanstack/react-query";

import { Checkboxes } from "@/components/forms/Checkboxes";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import { partnerAgenciesQueryOptions } from "@/features/referrals/api/referrals";

interface AgencyChoiceProps {
  value: string[];
  onChange: (ids: string[]) => void;
  /** Agencies it is already shared with, not offered again. */
  exclude?: readonly string[];
  error?: string | undefined;
}

/** The partner agencies a manager can send the referral to. */
export function AgencyChoice({ value, onChange, exclude = [], error }: AgencyChoiceProps) {
  const agencies = useQuery(partnerAgenciesQueryOptions);
  if (agencies.isPending) return <LoadingMessage>Loading partner agencies…</LoadingMessage>;
  if (agencies.isError) {
    return <ProblemMessage problem={problemOf(agencies.error, "The partner agencies")} />;
  }
  const choices = agencies.data
    .filter((agency) => !exclude.includes(agency.id))
    .map((agency) => ({ value: agency.id, label: agency.name }));
  if (choices.length === 0) {
    return <p className="govuk-body">There are no other partner agencies to share it with.</p>;
  }
  return (
    <Checkboxes
      id="agencies"
      name="agencies"
      legend="Partner agencies to share it with"
      hint="They receive the pseudonymous version shown in the preview, and nothing else."
      choices={choices}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
