import { useForm } from "react-hook-form";

import { Button } from "@/components/forms/Button";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FileUpload } from "@/components/forms/FileUpload";
import { useFormProblems } from "@/components/forms/use-form-problems";
import {
  CHILD_FILES,
  type ChildFileKind,
  type ImportJob,
  type ReturnFiles,
  useUploadReturn,
} from "@/features/imports/api/imports";
import { ImportProgress } from "./ImportProgress";

type Values = Record<"header" | "episodes" | ChildFileKind, FileList | null>;

const FIELDS = [
  { name: "header", fieldId: "return-header" },
  { name: "episodes", fieldId: "return-episodes" },
] as const;

function oneFile(files: FileList | null, what: string): true | string {
  return files?.length === 1 ? true : `Choose the ${what} file`;
}

interface UploadReturnFormProps {
  /** The preview job was queued for these files. */
  onPreviewed: (job: ImportJob, files: ReturnFiles) => void;
}

/** Choose the SSDA903 Header and Episodes files and preview them: nothing is written until
 * the admin chooses to import, after seeing what would change. */
export function UploadReturnForm({ onPreviewed }: UploadReturnFormProps) {
  const upload = useUploadReturn();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    shouldFocusError: false,
    defaultValues: { header: null, episodes: null },
  });
  const chosen = (values: Values) =>
    Object.fromEntries(
      CHILD_FILES.flatMap(({ kind }) => {
        const file = values[kind]?.[0];
        return file ? [[kind, file]] : [];
      }),
    ) as ReturnFiles["others"];
  const { errors } = formState;
  const problems = useFormProblems(FIELDS, setError);
  const onSubmit = handleSubmit((values) => {
    const [headerFile, episodesFile] = [values.header?.[0], values.episodes?.[0]];
    if (!headerFile || !episodesFile) return;
    problems.clear();
    const files = { header: headerFile, episodes: episodesFile, others: chosen(values) };
    upload.mutate(
      { ...files, validRowsOnly: true, dryRun: true },
      {
        onSuccess: (job) => {
          onPreviewed(job, files);
        },
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
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">The return’s other files (optional)</span>
        </summary>
        <div className="govuk-details__text">
          {CHILD_FILES.map(({ kind, label, columns }) => (
            <FileUpload
              key={kind}
              id={`return-${kind}`}
              label={label}
              hint={`CSV with ${columns} columns.`}
              accept=".csv,text/csv"
              {...register(kind)}
            />
          ))}
        </div>
      </details>
      {upload.isPending ? <ImportProgress /> : null}
      <Button type="submit" pending={upload.isPending}>
        Preview
      </Button>
    </form>
  );
}
