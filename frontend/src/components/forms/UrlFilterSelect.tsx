import { useSearchParams } from "react-router";

import { Select, type SelectOption } from "./Select";

interface UrlFilterSelectProps {
  id: string;
  label: string;
  /** The query parameter it sets; choosing starts again at the first page. */
  param: string;
  value: string;
  options: readonly SelectOption[];
}

/** A list's filter kept in the address, so a filtered list can be shared and reloaded. */
export function UrlFilterSelect({ id, label, param, value, options }: UrlFilterSelectProps) {
  const [, setParams] = useSearchParams();
  return (
    <Select
      id={id}
      label={label}
      options={options}
      value={value}
      onChange={(event) => {
        setParams(event.target.value ? { [param]: event.target.value } : {});
      }}
    />
  );
}
