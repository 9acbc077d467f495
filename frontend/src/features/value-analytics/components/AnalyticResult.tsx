import { type QueryKey, useQuery, type UseQueryOptions } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";

interface AnalyticResultProps<T, Key extends QueryKey> {
  /** The analytic's query, e.g. `stabilityQueryOptions(filters)`. */
  options: UseQueryOptions<T, Error, T, Key>;
  /** What is being worked out, e.g. "Comparing teams…". */
  loading: string;
  /** The analytic's name, for a problem's title. */
  name: string;
  children: (data: T) => ReactNode;
}

/** Fetches an analytic: its loading and error states, then its result. */
export function AnalyticResult<T, Key extends QueryKey>({
  options,
  loading,
  name,
  children,
}: AnalyticResultProps<T, Key>) {
  const query = useQuery(options);
  if (query.isPending) return <LoadingMessage>{loading}</LoadingMessage>;
  if (query.isError) return <ProblemMessage problem={problemOf(query.error, name)} />;
  return <>{children(query.data)}</>;
}
