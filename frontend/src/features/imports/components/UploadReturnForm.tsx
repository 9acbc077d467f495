import { useForm } from "react-hook-form";

import { Button } from "../../../components/forms/Button";
import { ErrorSummary } from "../../../components/forms/ErrorSummary";
import { FileUpload } from "../../../components/forms/FileUpload";
import { Radios } from "../../../components/forms/Radios";
import { useFormProblems } from "../../../components/forms/use-form-problems";
import { type ImportJob, useUploadReturn } from "../api/imports";
import { ImportProgress } from "./ImportProgress";

interface Values {
  header: FileList | null;
  episodes: FileList | null;
  mode: "all_or_nothing" | "valid_rows_only";
}

const FIELDS = [
  { name: "header", fieldId: "return-header" },
  { name: "episodes", fieldId: "return-episodes" },
  { name: "mode", fieldId: "return-mode" },
] as const;

function oneFile(files: FileList | null, what: string): true | string {
  return files?.length === 1 ? true : `Choose the ${what} file`;
}

/** Upload the SSDA903 Header and Episodes files, all-or-nothing or the valid rows only. */
export function UploadReturnForm({ onImported }: { onImported: (job: ImportJob) => void }) {
  const upload = useUploadReturn();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    shouldFocusError: false,
    defaultValues: { header: null, episodes: null, mode: "all_or_nothing" },
  });
  const { errors } = formState;
  const problems = useFormProblems(FIELDS, setError);
  const onSubmit = handleSubmit(({ header, episodes, mode }) => {
    const [headerFile, episodesFile] = [header?.[0], episodes?.[0]];
    if (!headerFile || !episodesFile) return;
    problems.clear();
    upload.mutate(
      { header: headerFile, episodes: episodesFile, validRowsOnly: mode === "valid_rows_only" },
      {
        onSuccess: onImported,
        onError: problems.apiFailed,
      },
    );
  }, problems.failed);

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={problems.summary(errors)} focusKey={problems.focusKey} />
      <FileUpload
        id="return-header"
        label="Header file"
        hint="CSV with CHILD, SEX, DOB, ETHNIC, UPN, MOTHER and MC_DOB columns."
        accept=".csv,text/csv"
        error={errors.header?.message}
        {...register("header", { validate: (files) => oneFile(files, "Header") })}
      />
      <FileUpload
        id="return-episodes"
        label="Episodes file"
        hint="CSV with CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST and URN columns. Dates as dd/mm/yyyy."
        accept=".csv,text/csv"
        error={errors.episodes?.message}
        {...register("episodes", { validate: (files) => oneFile(files, "Episodes") })}
      />
      <Radios
        id="return-mode"
        legend="If some rows are wrong"
        choices={[
          {
            value: "all_or_nothing",
            label: "Import nothing",
            hint: "Fix the files and upload them again. Every wrong row is listed.",
          },
          {
            value: "valid_rows_only",
            label: "Import the valid rows",
            hint: "The wrong rows are left out and listed.",
          },
        ]}
        error={errors.mode?.message}
        inputProps={register("mode")}
      />
      {upload.isPending ? <ImportProgress /> : null}
      <Button type="submit" pending={upload.isPending}>
        Import
      </Button>
    </form>
  );
}
