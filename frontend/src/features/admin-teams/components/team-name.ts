import { z } from "zod";

export const teamNameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter a team name")
    .max(120, "The team name must be 120 characters or fewer"),
});

export type TeamNameValues = z.input<typeof teamNameSchema>;
