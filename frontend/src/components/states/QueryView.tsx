import type { ReactNode } from "react";

import { problemOf } from "@/lib/problem";
import { LoadingMessage } from "./LoadingMessage";
import { ProblemMessage } from "./ProblemMessage";

/** The parts of a TanStack query result a view of it reads. */
export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  isError: boolean;
}

interface QueryViewProps<T> {
  query: QueryState<T>;
  /** Announced while it waits: "Loading children…". */
  loading: string;
  /** What could not be loaded, when no answer came at all: "Children". */
  what: string;
  children: (data: T) => ReactNode;
}

/**
 * One way to show server state: the loading line, the API's problem (or "could not be
 * reached"), else `children` with the data.
 */
export function QueryView<T>({ query, loading, what, children }: QueryViewProps<T>) {
  if (query.isError) return <ProblemMessage problem={problemOf(query.error, what)} />;
  if (query.data === undefined) return <LoadingMessage>{loading}</LoadingMessage>;
  return children(query.data);
}
