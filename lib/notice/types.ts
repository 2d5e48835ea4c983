import type { Art9Condition, LegalBasis, TransferMechanism } from "@/lib/inventory/labels";
import type { OrganisationDetails } from "@/lib/organisation/details";

// What the generator reads: the record (as the record export reads it), the chat retention rules and
// processors linked to each activity, the organisation and the DPO's introduction. No I/O here.

export type RetentionAction = "delete" | "anonymise";

export interface NoticeRetentionRule {
  keepDays: number;
  action: RetentionAction;
  // The rule's criteria, in the words a visitor can follow (null: the rule does not narrow by it).
  sourceName: string | null;
  category: string | null;
  specialCategory: boolean | null;
}

export interface NoticeProcessor {
  name: string;
  service: string;
  // ISO 3166-1 alpha-2.
  country: string;
  // The processor's own transfer mechanism when it sits outside the EEA; null when none is needed or recorded.
  transferMechanism: TransferMechanism | null;
}

export interface NoticeTransfer {
  recipient: string;
  country: string;
  mechanism: TransferMechanism;
  safeguards: string;
}

export interface NoticeActivity {
  name: string;
  purposes: string;
  legalBasis: LegalBasis | null;
  legitimateInterest: string;
  art9Condition: Art9Condition | null;
  subjectCategories: string[];
  dataCategories: Array<{ name: string; special: boolean }>;
  recipients: string;
  transfers: NoticeTransfer[];
  // The activity's own retention text (for data other than the chat conversations when it covers chat).
  retention: string;
  coversChat: boolean;
  retentionRules: NoticeRetentionRule[];
  processors: NoticeProcessor[];
  source: string;
}

export interface NoticeInput {
  organisation: OrganisationDetails | null;
  activities: NoticeActivity[];
  introduction: string;
}

// The generated notice. Stored as published (jsonb), so its shape is versioned by `format`.
export type NoticeBlock =
  | { type: "paragraph"; text: string }
  | { type: "list"; items: string[] }
  | { type: "facts"; items: Array<{ label: string; text: string }> }
  // A link within this site (a path, never an outside address): the public request form.
  | { type: "link"; text: string; href: `/${string}` };

export interface NoticeSection {
  id: string;
  heading: string;
  blocks: NoticeBlock[];
  subsections?: NoticeSection[];
}

export interface PrivacyNotice {
  format: 1;
  title: string;
  introduction: string;
  sections: NoticeSection[];
}

export interface GeneratedNotice {
  notice: PrivacyNotice;
  // What the record does not yet say, for the DPO's preview; never part of the published notice.
  warnings: string[];
}
