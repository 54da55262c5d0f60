/** Field limits shared by the API's validation and the web client's forms. */
export const LIMITS = {
  nameMax: 200,
  emailMax: 254,
  descriptionMax: 5000,
  /** ASVS 2.1.1 and 2.1.2: at least 12 characters, and at least 64 allowed; longer than 128 refused. */
  passwordMin: 12,
  passwordMax: 128,
} as const;

/** Limits of meetings and agendas. */
export const AGENDA_LIMITS = {
  titleMax: 300,
  locationMax: 300,
  urlMax: 2000,
  markdownMax: 20_000,
  proposalMax: 5000,
  itemsMax: 100,
  plannedMinutesMax: 600,
  meetingHoursMax: 24,
  reasonMax: 1000,
  /** Meetings are planned within these years. */
  earliestYear: 2000,
  latestYear: 2100,
} as const;
