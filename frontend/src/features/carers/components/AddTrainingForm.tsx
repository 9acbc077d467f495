import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { Button } from "@/components/forms/Button";
import { DateInput } from "@/components/forms/DateInput";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import {
  applyProblemToForm,
  type FieldTarget,
  summaryErrors,
} from "@/components/forms/form-errors";
import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import { NotificationBanner } from "@/components/states/NotificationBanner";
import type { Framework } from "@/lib/current-framework";
import { isoDateOf, requiredDate, todayParts } from "@/lib/date-parts";
import { useAddTraining } from "@/features/carers/api/carers";

const schema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Enter the name of the training")
    .max(200, "The name of the training must be 200 characters or fewer"),
  domain_key: z.string(),
  completed_on: requiredDate("The date completed"),
  provider: z.string().trim().max(120, "The provider must be 120 characters or fewer"),
});
type Values = z.input<typeof schema>;

const FIELDS: readonly FieldTarget<Values>[] = [
  { name: "title", fieldId: "training-title" },
  { name: "domain_key", fieldId: "training-domain" },
  { name: "completed_on", fieldId: "training-completed" },
  { name: "provider", fieldId: "training-provider" },
];

function emptyValues(): Values {
  return { title: "", domain_key: "", completed_on: todayParts(), provider: "" };
}

interface AddTrainingFormProps {
  householdId: string;
  framework: Framework;
}

/** Record training the household has completed, optionally towards one needs domain. */
export function AddTrainingForm({ householdId, framework }: AddTrainingFormProps) {
  const addTraining = useAddTraining(householdId);
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: emptyValues(),
  });
  const { errors } = formState;

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    setAdded(null);
    addTraining.mutate(
      {
        title: values.title.trim(),
        domain_key: values.domain_key || null,
        completed_on: isoDateOf(values.completed_on) ?? "",
        provider: values.provider.trim() || null,
      },
      {
        onSuccess: () => {
          setAdded(values.title.trim());
          reset(emptyValues());
        },
        onError: (error) => {
          setOtherErrors(applyProblemToForm(error, FIELDS, setError));
          failed();
        },
      },
    );
  }, failed);

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="add-training">
      {added ? <NotificationBanner success heading={`“${added}” has been recorded.`} /> : null}
      <ErrorSummary errors={summaryErrors(errors, FIELDS, otherErrors)} focusKey={focusKey} />
      <h3 className="govuk-heading-s" id="add-training">
        Record training
      </h3>
      <TextInput
        id="training-title"
        label="Training"
        hint="For example, Therapeutic parenting level 2"
        error={errors.title?.message}
        {...register("title")}
      />
      <Select
        id="training-domain"
        label="Needs domain it helps with (optional)"
        options={[
          { value: "", label: "General: not one domain" },
          ...framework.domains.map((domain) => ({ value: domain.key, label: domain.name })),
        ]}
        error={errors.domain_key?.message}
        {...register("domain_key")}
      />
      <DateInput
        id="training-completed"
        legend="Date completed"
        hint="For example, 27 3 2026"
        error={errors.completed_on?.message}
        day={register("completed_on.day")}
        month={register("completed_on.month")}
        year={register("completed_on.year")}
      />
      <TextInput
        id="training-provider"
        label="Provider (optional)"
        widthClass="govuk-!-width-two-thirds"
        error={errors.provider?.message}
        {...register("provider")}
      />
      <Button type="submit" variant="secondary" pending={addTraining.isPending}>
        Record training
      </Button>
    </form>
  );
}
