import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { Button } from "@/components/forms/Button";
import { DateInput } from "@/components/forms/DateInput";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Radios } from "@/components/forms/Radios";
import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import { useFormProblems } from "@/components/forms/use-form-problems";
import { isoDateOf, optionalDate, partsOf, requiredDate } from "@/lib/date-parts";
import { penceToPoundsText, poundsToPence } from "@/lib/money";
import {
  type CostKind,
  type CostRecord,
  type Funder,
  useSaveCostRecord,
} from "@/features/costs/api/costs";
import { FUNDER_LABELS, KIND_LABELS } from "./cost-labels";

const schema = z.object({
  kind: z.enum(Object.keys(KIND_LABELS) as [CostKind, ...CostKind[]]),
  frequency: z.enum(["weekly", "one_off"]),
  description: z.string().trim().max(200, "Description must be 200 characters or fewer"),
  amount: z
    .string()
    .refine((text) => poundsToPence(text) !== undefined, "Enter the amount in pounds, like 625.50"),
  funder: z.enum(Object.keys(FUNDER_LABELS) as [Funder, ...Funder[]]),
  start_date: requiredDate("Start date"),
  end_date: optionalDate("End date"),
});
type Values = z.input<typeof schema>;

const FIELDS = [
  { name: "kind", fieldId: "cost-kind" },
  { name: "frequency", fieldId: "cost-frequency" },
  { name: "description", fieldId: "cost-description" },
  { name: "amount", fieldId: "cost-amount" },
  { name: "funder", fieldId: "cost-funder" },
  { name: "start_date", fieldId: "cost-start" },
  { name: "end_date", fieldId: "cost-end" },
] as const;

function valuesOf(record?: CostRecord): Values {
  return {
    kind: record?.kind ?? "placement",
    frequency: record?.frequency ?? "weekly",
    description: record?.description ?? "",
    amount: record ? penceToPoundsText(record.amount_pence) : "",
    funder: record?.funder ?? "social_care",
    start_date: partsOf(record?.start_date),
    end_date: partsOf(record?.end_date),
  };
}

interface CostRecordFormProps {
  childId: string;
  /** The record to change (its kind and frequency stay); a new one is recorded without it. */
  record?: CostRecord;
  onSaved: (record: CostRecord) => void;
}

/** Record a placement fee or a support package, or change one: to end a fee, give its end. */
export function CostRecordForm({ childId, record, onSaved }: CostRecordFormProps) {
  const save = useSaveCostRecord(childId, record);
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: valuesOf(record),
  });
  const { errors } = formState;
  const problems = useFormProblems(FIELDS, setError);
  const onSubmit = handleSubmit((values) => {
    problems.clear();
    save.mutate(
      {
        kind: values.kind,
        frequency: values.frequency,
        description: values.description.trim() || null,
        amount_pence: poundsToPence(values.amount) ?? 0,
        funder: values.funder,
        start_date: isoDateOf(values.start_date) ?? "",
        end_date: isoDateOf(values.end_date),
      },
      {
        onSuccess: (saved) => {
          if (!record) reset();
          onSaved(saved);
        },
        onError: problems.apiFailed,
      },
    );
  }, problems.failed);

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={problems.summary(errors)} focusKey={problems.focusKey} />
      {record ? null : (
        <>
          <Select
            id="cost-kind"
            label="What the cost is for"
            options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
            error={errors.kind?.message}
            {...register("kind")}
          />
          <Radios
            id="cost-frequency"
            legend="How it is charged"
            hint="A placement fee is always weekly."
            small
            choices={[
              { value: "weekly", label: "Every week" },
              { value: "one_off", label: "Once, on the start date" },
            ]}
            error={errors.frequency?.message}
            inputProps={register("frequency")}
          />
        </>
      )}
      <TextInput
        id="cost-description"
        label="Description (optional)"
        hint="For example, weekly play therapy sessions."
        widthClass="govuk-!-width-two-thirds"
        error={errors.description?.message}
        {...register("description")}
      />
      <TextInput
        id="cost-amount"
        label="Amount in pounds"
        inputMode="decimal"
        widthClass="govuk-input--width-10"
        error={errors.amount?.message}
        {...register("amount")}
      />
      <Select
        id="cost-funder"
        label="Who pays"
        options={Object.entries(FUNDER_LABELS).map(([value, label]) => ({ value, label }))}
        error={errors.funder?.message}
        {...register("funder")}
      />
      <DateInput
        id="cost-start"
        legend="Start date"
        hint="The first day charged, for example, 1 4 2026"
        error={errors.start_date?.message}
        day={register("start_date.day")}
        month={register("start_date.month")}
        year={register("start_date.year")}
      />
      <DateInput
        id="cost-end"
        legend="End date (leave empty while it runs)"
        hint="The last day charged. A fee change: end this one and record the new fee."
        error={errors.end_date?.message}
        day={register("end_date.day")}
        month={register("end_date.month")}
        year={register("end_date.year")}
      />
      <Button type="submit" variant="secondary" pending={save.isPending}>
        {record ? "Save changes" : "Record cost"}
      </Button>
    </form>
  );
}
