import { z } from "zod";
import { checkbox, requiredText } from "@/lib/forms";
import { isIsoDate } from "@/lib/time";

export const requestSettingsSchema = z.object({
  pauseWhileVerifying: checkbox,
  closedRetentionYears: z.coerce
    .number({ error: "Enter a number of years." })
    .int("Enter a whole number of years.")
    .min(1, "Keep closed requests at least one year.")
    .max(30, "Thirty years at most."),
});

export const holidaySchema = z.object({
  date: z.string({ error: "Enter a date." }).trim().refine(isIsoDate, "Enter a valid date."),
  name: requiredText(100, "Name the holiday."),
});

export const holidayIdSchema = z.object({ id: z.uuid("Unknown holiday.") });
export const holidayYearSchema = z.object({ year: z.coerce.number().int().min(2000, "Choose a year from 2000.").max(2100, "Choose a year up to 2100.") });
