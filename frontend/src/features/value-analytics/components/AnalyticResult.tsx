import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { problemOf } from "../../../lib/problem";

interface AnalyticResultProps<T> {
  query: UseQueryResult<T>;
  /** What is being worked out, e.g. "Comparing teams…". */
  loading: string;
  /** The analytic's name, for a problem's title. */
  name: string;
  children: (data: T) => ReactNode;
}

/** An analytic's loading and error states, then its result. */
export function AnalyticResult<T>({ query, loading, name, children }: AnalyticResultProps<T>) {
  if (query.isPending) return <LoadingMessage>{loading}</LoadingMessage>;
  if (query.isError) return <ProblemMessage problem={problemOf(query.error, name)} />;
  return <>{children(query.data)}</>;
}
