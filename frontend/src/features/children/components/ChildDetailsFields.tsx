import type { FieldErrors, UseFormRegister } from "react-hook-form";

import { DateInput } from "@/components/forms/DateInput";
import { Radios } from "@/components/forms/Radios";
import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import { CARE_STATUS_LABELS, PLACEMENT_TYPE_LABELS, SEX_LABELS } from "@/lib/child-codes";
import type { ChildValues } from "./child-schema";
import type { TeamOption } from "./CaseloadFilters";

interface ChildDetailsFieldsProps {
  register: UseFormRegister<ChildValues>;
  errors: FieldErrors<ChildValues>;
  /** The teams the person works in: a child's case sits with one of them. */
  teams: readonly TeamOption[];
}

const entries = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The fields of a child's record, shared by "Add a child" and "Change details". */
export function ChildDetailsFields({ register, errors, teams }: ChildDetailsFieldsProps) {
  return (
    <>
      <TextInput
        id="given_name"
        label="First name"
        autoComplete="off"
        spellCheck={false}
        widthClass="govuk-!-width-two-thirds"
        error={errors.given_name?.message}
        {...register("given_name")}
      />
      <TextInput
        id="family_name"
        label="Last name"
        autoComplete="off"
        spellCheck={false}
        widthClass="govuk-!-width-two-thirds"
        error={errors.family_name?.message}
        {...register("family_name")}
      />
      <TextInput
        id="preferred_name"
        label="Preferred name (optional)"
        hint="The first name the child likes to be called, if it is different."
        autoComplete="off"
        spellCheck={false}
        widthClass="govuk-!-width-two-thirds"
        error={errors.preferred_name?.message}
        {...register("preferred_name")}
      />
      <DateInput
        id="date_of_birth"
        legend="Date of birth"
        hint="For example, 27 3 2014"
        error={errors.date_of_birth?.message}
        day={register("date_of_birth.day")}
        month={register("date_of_birth.month")}
        year={register("date_of_birth.year")}
      />
      <Radios
        id="sex"
        legend="Sex"
        hint="As recorded for the looked-after children return."
        small
        choices={entries(SEX_LABELS)}
        error={errors.sex?.message}
        inputProps={register("sex")}
      />
      <TextInput
        id="local_child_id"
        label="Local child id"
        hint="The council’s own id for the child, from the case management system."
        autoComplete="off"
        spellCheck={false}
        widthClass="govuk-input--width-10"
        error={errors.local_child_id?.message}
        {...register("local_child_id")}
      />
      <Radios
        id="care_status"
        legend="Care status"
        small
        choices={entries(CARE_STATUS_LABELS)}
        error={errors.care_status?.message}
        inputProps={register("care_status")}
      />
      <Select
        id="placement_type"
        label="Placement type (optional)"
        hint="The SSDA903 code of the current placement."
        className="app-select--narrow"
        options={[
          { value: "", label: "No placement" },
          ...Object.entries(PLACEMENT_TYPE_LABELS).map(([value, label]) => ({
            value,
            label: `${value} – ${label}`,
          })),
        ]}
        error={errors.placement_type?.message}
        {...register("placement_type")}
      />
      <Radios
        id="team_id"
        legend="Team"
        hint="The team the child’s case sits with."
        small
        choices={teams.map((team) => ({ value: team.id, label: team.name }))}
        error={errors.team_id?.message}
        inputProps={register("team_id")}
      />
    </>
  );
}
