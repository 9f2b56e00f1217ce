/** The years a row may have: one definition for the schema, the import and the URL's months. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;
