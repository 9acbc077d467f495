import { z } from "zod";

// The API's rules (users/schemas.py and the password policy), checked here first so the
// person hears about a mistake before sending.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const displayName = z
  .string()
  .trim()
  .min(1, "Enter the person’s full name")
  .max(120, "The name must be 120 characters or fewer");

export const email = z
  .string()
  .trim()
  .min(1, "Enter their e-mail address")
  .max(254, "The e-mail address must be 254 characters or fewer")
  .regex(
    /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
    "Enter an e-mail address in the correct format, like name@example.com",
  );

export const role = z.string({ error: "Select a role" }).min(1, "Select a role");

export const teamIds = z.array(z.string());

export const password = z
  .string()
  .min(1, "Enter an initial password")
  .min(PASSWORD_MIN, `The password must be at least ${String(PASSWORD_MIN)} characters`)
  .max(PASSWORD_MAX, `The password must be ${String(PASSWORD_MAX)} characters or fewer`);
