export * from "./users";
export * from "./organisation";
export * from "./audit";
export * from "./breaches";
export * from "./training";
export * from "./inventory";
export * from "./chats";
