import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "react-router";

import { apiClient, dataOrThrow } from "@/api/client";
import { isNotSignedIn } from "./me";

/**
 * Signs out, then goes to the sign-in page, which forgets every cached answer. A 401 means
 * the session had already ended: as good as signing out.
 */
export function useSignOut() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        dataOrThrow(await apiClient.POST("/api/v1/auth/sign-out"));
      } catch (error) {
        if (!isNotSignedIn(error)) throw error;
      }
    },
    onSuccess: async () => {
      await navigate("/sign-in");
    },
  });
}
