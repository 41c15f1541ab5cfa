import { z } from 'zod/mini';
import { crosswalkNoteSchema } from './crosswalk';
import { isoMonthSchema } from './helsinki-date';
import { langs } from './lang';

/** Longest range one tally may cover: ten years of months. */
const MAX_MONTHS = 120;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** `?point=a&point=b` arrives as an array, `?point=a` as a string; both become a list. None: all points. */
const pointsParam = z.optional(
  z.pipe(
    z.transform((v: unknown) => (typeof v === 'string' ? [v] : v)),
    z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(500)),
  ),
);

/** `?compare=previous&compare=year`, or one of them: the periods each figure is compared with. */
export const compareOptions = ['previous', 'year'] as const;
const compareParam = z.optional(
  z.pipe(
    z.transform((v: unknown) => (typeof v === 'string' ? [v] : v)),
    z.array(
      z.enum(compareOptions, {
        message: 'compare is "previous" (the period before) or "year" (the same period a year earlier)',
      }),
    ),
  ),
);

/** The query of GET /api/v1/tallies: the client writes it, the server checks it. */
export const tallyQuerySchema = z
  .object({
    from: isoMonthSchema,
    to: isoMonthSchema,
    point: pointsParam,
    compare: compareParam,
    format: z._default(z.enum(['json', 'csv', 'xlsx']), 'json'),
    lang: z._default(z.enum(langs), 'fi'),
    /** Hide counts under 5 in CSV and XLSX, for figures going outside the organisation. */
    suppress: z._default(z.enum(['true', 'false']), 'false'),
  })
  .check(
    z.refine((q) => q.from <= q.to, {
      message: '"from" must be the same month as "to" or before it',
      path: ['from'],
    }),
    z.refine((q) => monthIndex(q.to) - monthIndex(q.from) < MAX_MONTHS, {
      message: `A tally covers at most ${MAX_MONTHS} months`,
      path: ['to'],
    }),
  );
/** The query's parameters as a client writes them (defaults may be left out). */
export type TallyParams = z.input<typeof tallyQuerySchema>;

/**
 * What a tally says about catalogue versions: labels come from the version in force; `versions`
 * are those the range's visits were logged under (with how many); `notes` say which codes were
 * counted together (merged), kept apart at a break (split) or are retired.
 */
export const tallyCatalogueSchema = z.object({
  labelsFrom: z.string(),
  versions: z.array(z.object({ version: z.string(), number: z.nullable(z.number()), visits: z.number() })),
  notes: z.array(crosswalkNoteSchema),
});
export type TallyCatalogue = z.infer<typeof tallyCatalogueSchema>;

const countAndShare = z.object({ count: z.number(), share: z.number() });
const sectorCounts = z.object({ social: z.number(), health: z.number(), both: z.number() });

const shares = z.record(z.string(), countAndShare);
const bySectorShares = z.object({ social: shares, health: shares, both: shares });
const ageGroupCounts = z.record(z.string(), z.extend(sectorCounts, { total: z.number() }));
const comparedPeriod = z.object({
  from: z.string(),
  to: z.string(),
  visits: z.number(),
  bySector: sectorCounts,
  byAgeGroup: ageGroupCounts,
});

/** GET /api/v1/tallies as JSON: the contract's tally plus what it covers. */
export const tallyAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  points: z.array(z.string()),
  visits: z.number(),
  bySector: sectorCounts,
  byAgeGroup: ageGroupCounts,
  byTopicGroup: z.record(z.string(), countAndShare),
  byTopic: z.record(z.string(), countAndShare),
  byReferral: z.record(z.string(), countAndShare),
  byMonth: z.record(z.string(), z.object({ visits: z.number(), bySector: sectorCounts })),
  byPoint: z.record(
    z.string(),
    z.object({ visits: z.number(), bySector: sectorCounts, byAgeGroup: z.record(z.string(), z.number()) }),
  ),
  byMonthAndPoint: z.record(z.string(), z.record(z.string(), z.number())),
  topicsBySector: bySectorShares,
  referralsBySector: bySectorShares,
  byServiceLanguage: z.optional(shares),
  byFaceToFaceReason: z.optional(shares),
  byMunicipality: z.optional(shares),
  byChannel: z.optional(shares),
  previous: z.optional(comparedPeriod),
  yearEarlier: z.optional(comparedPeriod),
  late: z.record(z.string(), z.object({ changedSinceExport: z.number(), exportedAt: z.string() })),
  generatedAt: z.string(),
  catalogue: tallyCatalogueSchema,
  coverage: z.object({
    points: z.array(z.object({ id: z.string(), name: z.string() })),
    devices: z.array(
      z.object({ pointId: z.string(), label: z.string(), lastSyncAt: z.nullable(z.string()) }),
    ),
  }),
});
export type TallyAnswer = z.infer<typeof tallyAnswerSchema>;
