export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders of a message. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
