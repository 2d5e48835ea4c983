export type ActivityFormValues = Record<string, string>;

/** The ids ticked in each multi-select, kept apart from the string fields the form context carries. */
export interface ActivityFormChoices {
  dataCategoryIds: string[];
  subjectCategoryIds: string[];
  measureIds: string[];
}

interface ActivityRecord {
  name: string;
  purposes: string;
  legalBasis: string | null;
  legitimateInterest: string;
  art9Condition: string | null;
  recipients: string;
  retention: string;
  coversChat: boolean;
  source: string;
  systems: string;
  ownerId: string | null;
  dpiaStatus: string;
}

export function activityToFormValues(a: ActivityRecord): ActivityFormValues {
  return {
    name: a.name,
    purposes: a.purposes,
    legalBasis: a.legalBasis ?? "",
    legitimateInterest: a.legitimateInterest,
    art9Condition: a.art9Condition ?? "",
    recipients: a.recipients,
    retention: a.retention,
    coversChat: a.coversChat ? "on" : "",
    source: a.source,
    systems: a.systems,
    ownerId: a.ownerId ?? "",
    dpiaStatus: a.dpiaStatus,
  };
}

export function newActivityFormValues(ownerId: string): ActivityFormValues {
  return { dpiaStatus: "not_needed", ownerId };
}
