// The audit module's public surface: code outside db/queries/audit/ imports from here only.
export * from "./read";
export * from "./write";
