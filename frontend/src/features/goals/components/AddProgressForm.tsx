import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { Button } from "@/components/forms/Button";
import { DateInput } from "@/components/forms/DateInput";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { applyProblemToForm, summaryErrors } from "@/components/forms/form-errors";
import { Textarea } from "@/components/forms/Textarea";
import { isoDateOf, requiredDate, todayParts } from "@/lib/date-parts";
import { useAddProgress } from "@/features/goals/api/goals";

const schema = z.object({
  noted_on: requiredDate("Date of the progress").refine(
    (parts) => {
      const iso = isoDateOf(parts);
      return !iso || iso <= new Date().toISOString().slice(0, 10);
    },
    { message: "Date of the progress must be today or in the past" },
  ),
  note: z
    .string()
    .trim()
    .min(1, "Enter what has happened")
    .max(5000, "The note must be 5,000 characters or fewer"),
});
type Values = z.input<typeof schema>;

interface AddProgressFormProps {
  childId: string;
  goalId: string;
  goalTitle: string;
  onAdded: () => void;
}

/** A dated note of progress towards one goal. */
export function AddProgressForm({ childId, goalId, goalTitle, onAdded }: AddProgressFormProps) {
  const addProgress = useAddProgress(childId, goalId);
  const ids = { noted_on: `progress-${goalId}-date`, note: `progress-${goalId}-note` };
  const fields = [
    { name: "noted_on", fieldId: ids.noted_on },
    { name: "note", fieldId: ids.note },
  ] as const;
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { noted_on: todayParts(), note: "" },
  });
  const { errors } = formState;
  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    addProgress.mutate(
      { noted_on: isoDateOf(values.noted_on) ?? "", note: values.note.trim() },
      {
        onSuccess: () => {
          reset({ noted_on: todayParts(), note: "" });
          onAdded();
        },
        onError: (error) => {
          setOtherErrors(applyProblemToForm(error, fields, setError));
          failed();
        },
      },
    );
  }, failed);

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={summaryErrors(errors, fields, otherErrors)} focusKey={focusKey} />
      <Textarea
        id={ids.note}
        label={
          <>
            Progress note<span className="govuk-visually-hidden"> for “{goalTitle}”</span>
          </>
        }
        rows={3}
        error={errors.note?.message}
        {...register("note")}
      />
      <DateInput
        id={ids.noted_on}
        legend="When did it happen?"
        error={errors.noted_on?.message}
        day={register("noted_on.day")}
        month={register("noted_on.month")}
        year={register("noted_on.year")}
      />
      <Button type="submit" variant="secondary" pending={addProgress.isPending}>
        Add note
      </Button>
    </form>
  );
}
