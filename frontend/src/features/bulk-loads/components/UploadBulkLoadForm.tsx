import { useForm } from "react-hook-form";

import { Button } from "@/components/forms/Button";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FileUpload } from "@/components/forms/FileUpload";
import { Radios } from "@/components/forms/Radios";
import { useFormProblems } from "@/components/forms/use-form-problems";
import {
  type BulkLoad,
  type BulkLoadKind,
  type KindName,
  useUploadBulkLoad,
} from "@/features/bulk-loads/api/bulk-loads";

interface Values {
  kind: KindName;
  file: FileList | null;
}

const FIELDS = [
  { name: "kind", fieldId: "bulk-kind" },
  { name: "file", fieldId: "bulk-file" },
] as const;

interface UploadBulkLoadFormProps {
  kinds: readonly BulkLoadKind[];
  kind: KindName;
  onKindChange: (kind: KindName) => void;
  onUploaded: (load: BulkLoad) => void;
}

/** Choose what the file holds and upload it for a preview; nothing is written yet. */
export function UploadBulkLoadForm({
  kinds,
  kind,
  onKindChange,
  onUploaded,
}: UploadBulkLoadFormProps) {
  const upload = useUploadBulkLoad();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    shouldFocusError: false,
    defaultValues: { kind, file: null },
  });
  const { errors } = formState;
  const problems = useFormProblems(FIELDS, setError);
  const onSubmit = handleSubmit(({ kind: chosen, file }) => {
    const chosenFile = file?.[0];
    if (!chosenFile) return;
    problems.clear();
    upload.mutate(
      { kind: chosen, file: chosenFile },
      { onSuccess: onUploaded, onError: problems.apiFailed },
    );
  }, problems.failed);
  const kindField = register("kind", {
    onChange: (event: { target: { value: string } }) => {
      onKindChange(event.target.value as KindName);
    },
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={problems.summary(errors)} focusKey={problems.focusKey} />
      <Radios
        id="bulk-kind"
        legend="What the file holds"
        choices={kinds.map((choice) => ({
          value: choice.name,
          label: choice.title,
          hint: choice.summary,
        }))}
        error={errors.kind?.message}
        inputProps={kindField}
      />
      <FileUpload
        id="bulk-file"
        label="File"
        hint="CSV (comma, semicolon or tab separated) or XLSX; the first row names the columns."
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        error={errors.file?.message}
        {...register("file", {
          validate: (files) => (files?.length === 1 ? true : "Choose the file to load"),
        })}
      />
      <Button type="submit" pending={upload.isPending}>
        Check the file
      </Button>
    </form>
  );
}
