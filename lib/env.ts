import { z } from "zod";
import { DEFAULT_RETENTION_SCHEDULE, parseRetentionSchedule, SCHEDULE_FORMAT_HINT, type RetentionSchedule } from "./retention/schedule";

// One validated view of the configuration. Everything else reads `env()`, never process.env directly.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
      .optional(),
    DATA_DIR: z.string().min(1).default(".data/db"),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)").optional(),
    AUTH_TRUST_HOST: z.enum(["true", "false"]).optional(),
    OIDC_ISSUER: z.url("OIDC_ISSUER must be a URL").optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("Single sign-on"),
    // Unset: e-mails stay queued in the outbox, readable by the DPO, and nothing is sent.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must be an smtp:// or smtps:// URL")
      .refine((v) => URL.canParse(v), "SMTP_URL must be an smtp:// or smtps:// URL")
      .optional(),
    // Local part @ host; a host without a dot (localhost) is allowed, spaces and line breaks are not.
    MAIL_FROM: z
      .string()
      .regex(/^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+$/, "MAIL_FROM must be an e-mail address such as dpo-desk@example.com")
      .default("dpo-desk@localhost"),
    // When the retention job runs by itself; see lib/retention/schedule.ts. Default: every night at 02:00.
    RETENTION_SCHEDULE: z
      .string()
      .default(DEFAULT_RETENTION_SCHEDULE)
      .transform((v, ctx) => {
        const parsed = parseRetentionSchedule(v);
        if (!parsed) ctx.addIssue({ code: "custom", message: `RETENTION_SCHEDULE "${v}" is not understood: ${SCHEDULE_FORMAT_HINT}` });
        return parsed ?? ({ kind: "off" } as RetentionSchedule);
      }),
  })
  .superRefine((v, ctx) => {
    if (v.NODE_ENV === "production" && !v.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is required in production (try: openssl rand -base64 32)" });
    }
    const oidc = [v.OIDC_ISSUER, v.OIDC_CLIENT_ID, v.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc > 0 && oidc < 3) {
      ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "single sign-on needs all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET" });
    }
  });

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string; oidcEnabled: boolean };

// Outside production a fixed secret keeps `next dev` and tests working without setup; it is never used in production.
const DEVELOPMENT_SECRET = "dpo-desk-development-secret-not-for-production";

export class ConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "config"}: ${i.message}`);
    throw new ConfigError(`DPO Desk cannot start, the configuration is invalid:\n${lines.join("\n")}`);
  }
  const v = result.data;
  return {
    ...v,
    AUTH_SECRET: v.AUTH_SECRET ?? DEVELOPMENT_SECRET,
    oidcEnabled: Boolean(v.OIDC_ISSUER && v.OIDC_CLIENT_ID && v.OIDC_CLIENT_SECRET),
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

// Tests change the environment between cases.
export function resetEnvCache() {
  cached = undefined;
}
