import type { ComponentProps, ReactNode } from "react";

import { describedBy, FieldError, FieldHint, formGroupClass } from "./field-parts";

type FileUploadProps = Omit<ComponentProps<"input">, "id" | "type"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
};

/** A GOV.UK file upload with its label, hint and inline error. */
export function FileUpload({ id, label, hint, error, ...inputProps }: FileUploadProps) {
  return (
    <div className={formGroupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
      <input
        {...inputProps}
        id={id}
        type="file"
        className={error ? "govuk-file-upload govuk-file-upload--error" : "govuk-file-upload"}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
