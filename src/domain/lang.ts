/** The three languages of the UI, the catalogue labels and the slip. */
export const langs = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof langs)[number];

/** Narrow an untrusted string (a query parameter, a stored setting) to a language. */
export function asLang(value: unknown): Lang | undefined {
  return langs.find((lang) => lang === value);
}
