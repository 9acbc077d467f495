import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";

import { DateInput } from "@/components/forms/DateInput";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { type FieldTarget, summaryErrors } from "@/components/forms/form-errors";
import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import type { AuditAction, AuditQuery, Outcome } from "@/features/audit-log/api/audit-events";
import { ACTION_LABELS, OUTCOME_LABELS } from "@/features/audit-log/api/audit-search";
import {
  type AuditFilterValues,
  auditFilterSchema,
  isoDateOf,
  partsOf,
} from "./audit-filter-schema";

export interface Person {
  id: string;
  name: string;
}

const FIELDS: readonly FieldTarget<AuditFilterValues>[] = [
  { name: "user_id", fieldId: "filter-user" },
  { name: "action", fieldId: "filter-action" },
  { name: "outcome", fieldId: "filter-outcome" },
  { name: "from", fieldId: "filter-from" },
  { name: "to", fieldId: "filter-to" },
  { name: "child_id", fieldId: "filter-child" },
];

const ANY = { value: "", label: "Anyone or anything" };
type Filters = Pick<AuditQuery, "user_id" | "child_id" | "action" | "outcome" | "from" | "to">;

interface AuditFiltersProps {
  query: AuditQuery;
  people: readonly Person[];
  onApply: (filters: Filters) => void;
}

/** Narrow the audit log by who, what, outcome, dates and child. */
export function AuditFilters({ query, people, onApply }: AuditFiltersProps) {
  const [focusKey, setFocusKey] = useState(0);
  const { register, handleSubmit, formState } = useForm<AuditFilterValues>({
    resolver: zodResolver(auditFilterSchema),
    // GOV.UK moves focus to the error summary, not the first field.
    shouldFocusError: false,
    defaultValues: {
      user_id: query.user_id ?? "",
      action: query.action ?? "",
      outcome: query.outcome ?? "",
      child_id: query.child_id ?? "",
      from: partsOf(query.from),
      to: partsOf(query.to),
    },
  });
  const { errors } = formState;
  const submit = handleSubmit(
    (values) => {
      onApply({
        user_id: values.user_id || undefined,
        action: (values.action || undefined) as AuditAction | undefined,
        outcome: (values.outcome || undefined) as Outcome | undefined,
        child_id: values.child_id.trim() || undefined,
        from: isoDateOf(values.from) ?? undefined,
        to: isoDateOf(values.to) ?? undefined,
      });
    },
    () => {
      setFocusKey((key) => key + 1);
    },
  );

  return (
    <>
      <ErrorSummary errors={summaryErrors(errors, FIELDS)} focusKey={focusKey} />
      <form
        className="app-filters"
        role="search"
        aria-label="Filter the audit log"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <h2 className="govuk-heading-s">Filter the audit log</h2>
        <div className="app-filters__row">
          <Select
            id="filter-user"
            label="Person"
            options={[ANY, ...people.map((person) => ({ value: person.id, label: person.name }))]}
            {...register("user_id")}
          />
          <Select
            id="filter-action"
            label="Action"
            options={[
              ANY,
              ...Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label })),
            ]}
            {...register("action")}
          />
          <Select
            id="filter-outcome"
            label="Outcome"
            options={[
              ANY,
              ...Object.entries(OUTCOME_LABELS).map(([value, label]) => ({ value, label })),
            ]}
            {...register("outcome")}
          />
        </div>
        <div className="app-filters__row">
          <DateInput
            id="filter-from"
            legend="From"
            hint="For example, 27 3 2026"
            error={errors.from?.message}
            day={register("from.day")}
            month={register("from.month")}
            year={register("from.year")}
          />
          <DateInput
            id="filter-to"
            legend="To"
            hint="Includes the whole day"
            error={errors.to?.message}
            day={register("to.day")}
            month={register("to.month")}
            year={register("to.year")}
          />
        </div>
        <TextInput
          id="filter-child"
          label="Child ID"
          hint="Events about one child"
          widthClass="govuk-input--width-30"
          spellCheck={false}
          autoComplete="off"
          error={errors.child_id?.message}
          {...register("child_id")}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Apply filters
          </button>
          <Link className="govuk-link" to="/admin/audit">
            Clear filters
          </Link>
        </div>
      </form>
    </>
  );
}
