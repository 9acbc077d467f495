import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { Button } from "@/components/forms/Button";
import { DateInput } from "@/components/forms/DateInput";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { applyProblemToForm, summaryErrors } from "@/components/forms/form-errors";
import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import { dateParts, isoDateOf } from "@/lib/date-parts";
import { useCreateGoal } from "@/features/goals/api/goals";

const schema = z.object({
  domain_key: z.string().min(1, "Select the need the goal is about"),
  title: z
    .string()
    .trim()
    .min(1, "Enter the goal")
    .max(200, "The goal must be 200 characters or fewer"),
  target_date: dateParts.superRefine((parts, context) => {
    const filled = [parts.day, parts.month, parts.year].filter((part) => part.trim());
    if (filled.length > 0 && !isoDateOf(parts)) {
      context.addIssue({ code: "custom", message: "Target date must be a real date" });
    }
  }),
});
type Values = z.input<typeof schema>;

const FIELDS = [
  { name: "domain_key", fieldId: "goal-domain" },
  { name: "title", fieldId: "goal-title" },
  { name: "target_date", fieldId: "goal-target-date" },
] as const;

interface AddGoalFormProps {
  childId: string;
  domains: readonly { key: string; name: string }[];
  onAdded: (title: string) => void;
}

/** Add a goal to the child's plan, linked to one of the needs domains. */
export function AddGoalForm({ childId, domains, onAdded }: AddGoalFormProps) {
  const createGoal = useCreateGoal(childId);
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { domain_key: "", title: "", target_date: { day: "", month: "", year: "" } },
  });
  const { errors } = formState;
  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    const title = values.title.trim();
    createGoal.mutate(
      {
        domain_key: values.domain_key,
        title,
        target_date: isoDateOf(values.target_date),
        status: "not_started",
      },
      {
        onSuccess: () => {
          reset();
          onAdded(title);
        },
        onError: (error) => {
          setOtherErrors(applyProblemToForm(error, FIELDS, setError));
          failed();
        },
      },
    );
  }, failed);

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={summaryErrors(errors, FIELDS, otherErrors)} focusKey={focusKey} />
      <Select
        id="goal-domain"
        label="Which need is it about?"
        options={[
          { value: "", label: "Choose a domain" },
          ...domains.map((domain) => ({ value: domain.key, label: domain.name })),
        ]}
        error={errors.domain_key?.message}
        {...register("domain_key")}
      />
      <TextInput
        id="goal-title"
        label="Goal"
        hint="What will be different, in words the child would use."
        widthClass="govuk-!-width-full"
        error={errors.title?.message}
        {...register("title")}
      />
      <DateInput
        id="goal-target-date"
        legend="Target date (optional)"
        hint="For example, 31 7 2027"
        error={errors.target_date?.message}
        day={register("target_date.day")}
        month={register("target_date.month")}
        year={register("target_date.year")}
      />
      <Button type="submit" variant="secondary" pending={createGoal.isPending}>
        Add goal
      </Button>
    </form>
  );
}
