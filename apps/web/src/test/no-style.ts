/** Stands in for a stylesheet import in tests. */
export {};
