import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** YAML turns an unquoted 2024-01-13 into a Date; both forms become the ISO date string. */
const isoDate = z.union([
  z.iso.date({ error: 'expected a date written YYYY-MM-DD' }),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

/** Optional contact block printed under the report; YAML may read a postcode or phone as a number. */
const contactText = z.union([text, z.number().transform(String)]);
export const contact = z.strictObject({
  address: contactText.optional(),
  postcode: contactText.optional(),
  phone: contactText.optional(),
  fax: contactText.optional(),
  email: contactText.optional(),
});

export const metadata = {
  /** Full title as published */
  title: text,
  /** The publishing organ, in the fullest form the report writes it */
  agency: text,
  /** Administrative path, province first, 1–4 levels */
  region: z.array(text).min(1).max(4),
  /** The year reported on (not the publication year) */
  year: z.int().min(2000).max(2100),
  /** Date printed on the report */
  published: isoDate.optional(),
  /** Where the original is published */
  source_url: text.optional(),
  contact: contact.optional(),
  /** Overrides the agency's URL slug (ASCII: a–z, 0–9, hyphen) */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected lowercase ASCII letters, digits and single hyphens' })
    .optional(),
};
