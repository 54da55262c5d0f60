/** Field limits shared by the API's validation and the web client's forms. */
export const LIMITS = {
  nameMax: 200,
  emailMax: 254,
  descriptionMax: 5000,
  passwordMin: 10,
  passwordMax: 200,
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
