// The one shape of the organisation (Settings → Organisation). The record, the privacy notice, the
// processor's record, the request letters and the breach report all print these details; pure code takes
// this type, and db/queries/organisation.ts is the one read of the row.

/** Who the controller and its DPO are. */
export interface OrganisationDetails {
  controllerName: string;
  address: string;
  contactEmail: string;
  contactPhone: string;
  dpoName: string;
  dpoEmail: string;
  dpoPhone: string;
  // Art. 27 representative, only needed for controllers outside the EU.
  representative: string;
  country: string;
}

/** The whole settings form: the details plus the time zone legal clocks count in. */
export interface OrganisationSettings extends OrganisationDetails {
  timeZone: string;
}

/**
 * Only the details, in a new object: what a record snapshot stores, so a field added to the settings
 * (or the row's timestamp) never changes the content, and the hash, of a snapshot.
 */
export function organisationDetails(o: OrganisationDetails): OrganisationDetails {
  return {
    controllerName: o.controllerName,
    address: o.address,
    contactEmail: o.contactEmail,
    contactPhone: o.contactPhone,
    dpoName: o.dpoName,
    dpoEmail: o.dpoEmail,
    dpoPhone: o.dpoPhone,
    representative: o.representative,
    country: o.country,
  };
}
