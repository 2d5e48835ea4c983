// The training module's public surface: code outside db/queries/training/ imports from here only.
export * from "./completions";
export * from "./courses";
export * from "./reminders";
export * from "./settings";
export * from "./staff";
export * from "./status";
