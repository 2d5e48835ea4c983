import type { Tone } from "@/lib/tone";

export const REQUEST_TYPES = ["access", "erasure", "rectification", "restriction", "portability", "objection"] as const;
export const REQUEST_STATUSES = ["received", "verifying_identity", "in_progress", "completed", "rejected"] as const;
export const REQUEST_CHANNELS = ["web_form", "email", "phone", "letter", "chat", "api"] as const;
// Channels staff record by hand; the web form and the API create their own requests.
export const STAFF_CHANNELS = ["email", "phone", "letter", "chat"] as const;
export const VERIFICATION_METHODS = ["code_to_held_identifier", "matching_details", "id_document", "in_person", "other"] as const;
export const REJECTION_GROUNDS = ["manifestly_unfounded", "excessive", "identity_not_established", "exception_applies", "no_data_held", "other"] as const;
export const REQUEST_SORTS = ["due_asc", "due_desc", "received_desc", "received_asc", "reference", "status"] as const;

export type RequestType = (typeof REQUEST_TYPES)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];
export type RejectionGround = (typeof REJECTION_GROUNDS)[number];
export type RequestSort = (typeof REQUEST_SORTS)[number];

export const OPEN_STATUSES: readonly RequestStatus[] = ["received", "verifying_identity", "in_progress"];
export const isClosedStatus = (s: RequestStatus) => s === "completed" || s === "rejected";

export const TYPE_LABELS: Record<RequestType, string> = {
  access: "Access (Art. 15)",
  erasure: "Erasure (Art. 17)",
  rectification: "Rectification (Art. 16)",
  restriction: "Restriction (Art. 18)",
  portability: "Portability (Art. 20)",
  objection: "Objection (Art. 21)",
};

export const TYPE_SHORT: Record<RequestType, string> = {
  access: "Access",
  erasure: "Erasure",
  rectification: "Rectification",
  restriction: "Restriction",
  portability: "Portability",
  objection: "Objection",
};

// What the public form says about each right, in plain words.
export const TYPE_EXPLANATIONS: Record<RequestType, { title: string; text: string }> = {
  access: {
    title: "See the data you hold about me",
    text: "You get a copy of your personal data and an explanation of why we use it, who receives it and how long we keep it.",
  },
  erasure: {
    title: "Delete my data",
    text: "We delete your personal data, unless the law requires us to keep some of it (we tell you what and why).",
  },
  rectification: {
    title: "Correct my data",
    text: "Tell us what is wrong or incomplete, for example an old address, and we correct it.",
  },
  restriction: {
    title: "Stop using my data for now",
    text: "We keep your data but do not use it, for example while we check whether it is correct.",
  },
  portability: {
    title: "Give me my data to take elsewhere",
    text: "You get the data you gave us in a machine-readable file that you can move to another service.",
  },
  objection: {
    title: "Stop using my data for a purpose",
    text: "For example, stop contacting you with marketing, or stop using your data based on our legitimate interests.",
  },
};

export const STATUS_LABELS: Record<RequestStatus, string> = {
  received: "Received",
  verifying_identity: "Verifying identity",
  in_progress: "In progress",
  completed: "Completed",
  rejected: "Rejected",
};

export const STATUS_TONES: Record<RequestStatus, Tone> = {
  received: "warn",
  verifying_identity: "info",
  in_progress: "info",
  completed: "good",
  rejected: "neutral",
};

export const CHANNEL_LABELS: Record<RequestChannel, string> = {
  web_form: "Web form",
  email: "E-mail",
  phone: "Phone",
  letter: "Letter",
  chat: "Chat",
  api: "API",
};

export const VERIFICATION_LABELS: Record<VerificationMethod, string> = {
  code_to_held_identifier: "Code sent to an address we already hold, returned by the person",
  matching_details: "Details given match the data we hold (e.g. order number and address)",
  id_document: "Identity document checked (not copied or kept)",
  in_person: "In person",
  other: "Other (describe in the notes)",
};

export const REJECTION_LABELS: Record<RejectionGround, string> = {
  manifestly_unfounded: "Manifestly unfounded (Art. 12(5))",
  excessive: "Excessive, in particular repetitive (Art. 12(5))",
  identity_not_established: "Identity could not be established (Art. 11(2), 12(2), 12(6))",
  exception_applies: "An exception in the law applies (e.g. Art. 17(3), 21(1) compelling grounds)",
  no_data_held: "We hold no personal data about the person",
  other: "Other reasons (explain)",
};

export const SORT_LABELS: Record<RequestSort, string> = {
  due_asc: "Due first",
  due_desc: "Due last",
  received_desc: "Newest first",
  received_asc: "Oldest first",
  reference: "Reference",
  status: "Status",
};
