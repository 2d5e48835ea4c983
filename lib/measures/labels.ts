import type { Tone } from "@/lib/tone";

export const MEASURE_KINDS = ["technical", "organisational"] as const;
export const MEASURE_STATUSES = ["planned", "in_place", "needs_improvement", "retired"] as const;
export const MEASURE_SORTS = ["name", "status", "reviewed"] as const;
export const REVIEW_FILTERS = ["overdue", "due"] as const;

export type MeasureKind = (typeof MEASURE_KINDS)[number];
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export type MeasureSort = (typeof MEASURE_SORTS)[number];
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export const KIND_LABELS: Record<MeasureKind, string> = { technical: "Technical", organisational: "Organisational" };

export const STATUS_LABELS: Record<MeasureStatus, string> = {
  planned: "Planned",
  in_place: "In place",
  needs_improvement: "Needs improvement",
  retired: "Retired",
};

export const STATUS_TONES: Record<MeasureStatus, Tone> = { planned: "info", in_place: "good", needs_improvement: "warn", retired: "neutral" };

export const SORT_LABELS: Record<MeasureSort, string> = {
  name: "Name",
  status: "Status",
  reviewed: "Least recently reviewed first",
};

export const REVIEW_FILTER_LABELS: Record<ReviewFilter, string> = {
  overdue: "Review overdue",
  due: "Review due within a month",
};
