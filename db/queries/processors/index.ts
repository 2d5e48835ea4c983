// The processors module's public surface: code outside db/queries/processors/ imports from here only.
export * from "./access";
export * from "./agreements";
export * from "./legal-queue";
export * from "./list";
export * from "./notices";
export * from "./processors";
export * from "./reviews";
export * from "./sub-processors";
