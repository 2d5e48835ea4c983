export type FormValues = Record<string, string>;

interface ProcessorRecord {
  name: string;
  service: string;
  contactName: string;
  contactEmail: string;
  country: string;
  transferMechanism: string | null;
  tiaDate: string | null;
  derogation: string;
  riskRating: string | null;
  riskReasoning: string;
  notes: string;
}

export function processorToFormValues(p: ProcessorRecord): FormValues {
  return {
    name: p.name,
    service: p.service,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    country: p.country,
    transferMechanism: p.transferMechanism ?? "",
    tiaDate: p.tiaDate ?? "",
    derogation: p.derogation,
    riskRating: p.riskRating ?? "",
    riskReasoning: p.riskReasoning,
    notes: p.notes,
  };
}

interface AgreementRecord {
  title: string;
  status: string;
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  reviewBy: string | null;
  notes: string;
}

export function agreementToFormValues(a: AgreementRecord): FormValues {
  return { title: a.title, status: a.status, signedOn: a.signedOn ?? "", startsOn: a.startsOn ?? "", endsOn: a.endsOn ?? "", reviewBy: a.reviewBy ?? "", notes: a.notes };
}

export function newAgreementFormValues(processorName: string): FormValues {
  return { title: `Data processing agreement with ${processorName}`, status: "draft" };
}
