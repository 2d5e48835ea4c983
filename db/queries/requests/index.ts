// The requests module's public surface: code outside db/queries/requests/ imports from here only.
export * from "./access";
export * from "./access-read";
export * from "./api";
export * from "./clock";
export * from "./erasure";
export * from "./erasure-read";
export * from "./events";
export * from "./holidays";
export * from "./identity";
export * from "./intake";
export * from "./letters";
export * from "./mail";
export * from "./reduce-closed";
export * from "./requests";
export * from "./stats";
export * from "./suggestions";
export * from "./workflow";
