// The retention module's public surface: code outside db/queries/retention/ imports from here only.
export * from "./assign";
export * from "./batch";
export * from "./legal-holds";
export * from "./rules";
export * from "./runs";
