// The colour scale of status badges, as meaning rather than colour: rules in lib/ pick a tone,
// components/ui/badge.tsx turns it into classes. Kept here so lib code never imports from components.
export type Tone = "neutral" | "info" | "good" | "warn" | "bad";
