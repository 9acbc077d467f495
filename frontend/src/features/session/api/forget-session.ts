import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

import { meQueryKey } from "./me";

/**
 * For the sign-in page: whoever used this tab before (signed out, or their session ended)
 * leaves nothing cached behind, and "me" is asked again so the header stops naming them.
 * It runs once the sign-in page is on screen, when no signed-in page is left to react.
 */
export function useForgetSession(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  }, [queryClient]);
}
