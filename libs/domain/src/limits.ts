/** Field limits shared by the API's validation and the web client's forms. */
export const LIMITS = {
  nameMax: 200,
  emailMax: 254,
  descriptionMax: 5000,
  passwordMin: 10,
  passwordMax: 200,
} as const;
