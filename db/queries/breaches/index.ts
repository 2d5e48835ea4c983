// The breaches module's public surface: code outside db/queries/breaches/ imports from here only.
export * from "./breaches";
export * from "./stats";
