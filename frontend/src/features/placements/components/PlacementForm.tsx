import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { Button } from "@/components/forms/Button";
import { DateInput } from "@/components/forms/DateInput";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import { useFormProblems } from "@/components/forms/use-form-problems";
import { PLACEMENT_TYPE_LABELS } from "@/lib/child-codes";
import { isoDateOf, optionalDate, partsOf, requiredDate } from "@/lib/date-parts";
import {
  type Placement,
  type PlacementCreate,
  useSavePlacement,
} from "@/features/placements/api/placements";
import {
  CHANGE_REASON_LABELS,
  codeOptions,
  LEGAL_STATUS_LABELS,
  PROVIDER_LABELS,
} from "./ssda903-codes";

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be ${String(max)} characters or fewer`);

const schema = z.object({
  start_date: requiredDate("Start date"),
  end_date: optionalDate("End date"),
  placement_type: z.string().min(1, "Select the placement type"),
  legal_status: z.string().min(1, "Select the legal status"),
  provider: z.string(),
  reason_for_change: z.string(),
  provider_name: optionalText(120, "Provider"),
  home_postcode: optionalText(10, "Home postcode"),
  placement_postcode: optionalText(10, "Placement postcode"),
});
type Values = z.input<typeof schema>;

const FIELDS = [
  { name: "start_date", fieldId: "placement-start" },
  { name: "end_date", fieldId: "placement-end" },
  { name: "placement_type", fieldId: "placement-type" },
  { name: "legal_status", fieldId: "placement-legal-status" },
  { name: "provider", fieldId: "placement-provider" },
  { name: "reason_for_change", fieldId: "placement-reason" },
  { name: "provider_name", fieldId: "placement-provider-name" },
  { name: "home_postcode", fieldId: "placement-home-postcode" },
  { name: "placement_postcode", fieldId: "placement-postcode" },
] as const;

function valuesOf(placement?: Placement): Values {
  return {
    start_date: partsOf(placement?.start_date),
    end_date: partsOf(placement?.end_date),
    placement_type: placement?.placement_type ?? "",
    legal_status: placement?.legal_status ?? "",
    provider: placement?.provider ?? "",
    reason_for_change: placement?.reason_for_change ?? "",
    provider_name: placement?.provider_name ?? "",
    home_postcode: placement?.home_postcode ?? "",
    placement_postcode: placement?.placement_postcode ?? "",
  };
}

function bodyOf(values: Values): PlacementCreate {
  const empty = (text: string) => text.trim() || null;
  const reason = empty(values.reason_for_change);
  return {
    start_date: isoDateOf(values.start_date) ?? "",
    end_date: isoDateOf(values.end_date),
    placement_type: values.placement_type,
    legal_status: values.legal_status,
    provider: empty(values.provider),
    // A reason for change is given when the episode ended with a move.
    reason_for_change: reason,
    ended_with_move: reason !== null,
    provider_name: empty(values.provider_name),
    home_postcode: empty(values.home_postcode),
    placement_postcode: empty(values.placement_postcode),
  };
}

interface PlacementFormProps {
  childId: string;
  /** The episode to change; a new one is recorded without it. */
  placement?: Placement;
  onSaved: (placement: Placement) => void;
}

/** Record or change a placement episode, its SSDA903 codes chosen by their plain names. */
export function PlacementForm({ childId, placement, onSaved }: PlacementFormProps) {
  const save = useSavePlacement(childId, placement?.id);
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: valuesOf(placement),
  });
  const { errors } = formState;
  const problems = useFormProblems(FIELDS, setError);
  const onSubmit = handleSubmit((values) => {
    problems.clear();
    save.mutate(
      { ...bodyOf(values), version: placement?.version },
      {
        onSuccess: (saved) => {
          if (!placement) reset();
          onSaved(saved);
        },
        onError: problems.apiFailed,
      },
    );
  }, problems.failed);

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={problems.summary(errors)} focusKey={problems.focusKey} />
      <DateInput
        id="placement-start"
        legend="Start date"
        hint="For example, 14 3 2026"
        error={errors.start_date?.message}
        day={register("start_date.day")}
        month={register("start_date.month")}
        year={register("start_date.year")}
      />
      <DateInput
        id="placement-end"
        legend="End date (leave empty while it continues)"
        error={errors.end_date?.message}
        day={register("end_date.day")}
        month={register("end_date.month")}
        year={register("end_date.year")}
      />
      <Select
        id="placement-type"
        label="Placement type"
        options={codeOptions(PLACEMENT_TYPE_LABELS, "Choose a placement type")}
        error={errors.placement_type?.message}
        {...register("placement_type")}
      />
      <Select
        id="placement-legal-status"
        label="Legal status"
        options={codeOptions(LEGAL_STATUS_LABELS, "Choose a legal status")}
        error={errors.legal_status?.message}
        {...register("legal_status")}
      />
      <Select
        id="placement-provider"
        label="Provider (optional)"
        options={codeOptions(PROVIDER_LABELS, "Not recorded")}
        error={errors.provider?.message}
        {...register("provider")}
      />
      <TextInput
        id="placement-provider-name"
        label="Provider or home name (optional)"
        widthClass="govuk-!-width-two-thirds"
        error={errors.provider_name?.message}
        {...register("provider_name")}
      />
      <Select
        id="placement-reason"
        label="Reason the placement changed (optional)"
        hint="Only when the episode ended because the child moved; it needs an end date."
        options={codeOptions(CHANGE_REASON_LABELS, "Did not end with a move")}
        error={errors.reason_for_change?.message}
        {...register("reason_for_change")}
      />
      <TextInput
        id="placement-home-postcode"
        label="Home postcode (optional)"
        hint="Where the child lived before; part of one (LS1 4) is fine. Left empty: the child’s own."
        widthClass="govuk-input--width-10"
        autoComplete="off"
        error={errors.home_postcode?.message}
        {...register("home_postcode")}
      />
      <TextInput
        id="placement-postcode"
        label="Placement postcode (optional)"
        widthClass="govuk-input--width-10"
        autoComplete="off"
        error={errors.placement_postcode?.message}
        {...register("placement_postcode")}
      />
      <Button type="submit" variant="secondary" pending={save.isPending}>
        {placement ? "Save changes" : "Record episode"}
      </Button>
    </form>
  );
}
