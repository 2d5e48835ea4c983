// The inventory module's public surface: code outside db/queries/inventory/ imports from here only.
export * from "./activities";
export * from "./categories";
export * from "./stats";
export * from "./versions";
