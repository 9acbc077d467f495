import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useNavigate } from "react-router";
import { z } from "zod";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { applyProblemToForm, summaryErrors } from "@/components/forms/form-errors";
import { Radios } from "@/components/forms/Radios";
import { choiceId } from "@/components/forms/choice-ids";
import { PURPOSE_LABELS, type Purpose } from "@/lib/referral-labels";
import { useStartReferral } from "@/features/referrals/api/referrals";

const schema = z.object({
  purpose: z.enum(Object.keys(PURPOSE_LABELS) as [Purpose, ...Purpose[]], {
    error: "Select the kind of placement",
  }),
});
type Values = z.infer<typeof schema>;
const FIELDS = [{ name: "purpose", fieldId: choiceId("purpose", 0) }] as const;

/** Starts a draft from the child's latest approved assessment, then opens the builder. */
export function StartReferralForm({ childId }: { childId: string }) {
  const navigate = useNavigate();
  const start = useStartReferral(childId);
  const [focusKey, setFocusKey] = useState(0);
  const [others, setOthers] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
  });
  const onSubmit = handleSubmit(
    (values) => {
      setOthers([]);
      start.mutate(values, {
        onSuccess: (referral) => void navigate(`/referrals/${referral.id}`),
        onError: (error) => {
          setOthers(applyProblemToForm(error, FIELDS, setError));
          setFocusKey((key) => key + 1);
        },
      });
    },
    () => {
      setFocusKey((key) => key + 1);
    },
  );
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={summaryErrors(formState.errors, FIELDS, others)} focusKey={focusKey} />
      <Radios
        id="purpose"
        legend="What kind of placement is needed?"
        hint="The needs, strengths and what helps are copied from the latest approved assessment; you can change the words before it is submitted."
        choices={Object.entries(PURPOSE_LABELS).map(([value, label]) => ({ value, label }))}
        error={formState.errors.purpose?.message}
        inputProps={register("purpose")}
      />
      <button type="submit" className="govuk-button" disabled={start.isPending}>
        Start the referral
      </button>
    </form>
  );
}
