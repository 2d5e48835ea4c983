// The subjects module's public surface: code outside db/queries/subjects/ imports from here only.
export * from "./link";
export * from "./read";
export * from "./mentions";
export * from "./confirm-mention";
export * from "./split-typed-links";
