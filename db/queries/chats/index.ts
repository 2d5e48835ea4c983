// The chats module's public surface: code outside db/queries/chats/ imports from here only.
export * from "./api";
export * from "./conversation";
export * from "./findings";
export * from "./ingest";
export * from "./list";
export * from "./sources";
export * from "./stats";
