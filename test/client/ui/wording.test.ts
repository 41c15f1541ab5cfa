import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabels } from '../../../src/domain/audit-action-labels';
import { errorCodeList } from '../../../src/domain/error-codes';
import type { Lang } from '../../../src/domain/lang';
import { tallyHeadings } from '../../../src/domain/tally-headings';
import { statementTexts } from '../../../src/client/features/accessibility/statement-texts';
import { deviceHealthMessages } from '../../../src/client/features/admin/device-health-messages';
import { adminMessages } from '../../../src/client/features/admin/messages';
import { peopleMessages } from '../../../src/client/features/admin/people-messages';
import { auditMessages } from '../../../src/client/features/audit/audit-messages';
import { catalogueMessages } from '../../../src/client/features/catalogue/messages';
import {
  deskLegends,
  listNames,
  nextStepNames,
  questionNames,
} from '../../../src/client/features/catalogue/words';
import { sheetLabelNames, sheetProblemTexts } from '../../../src/client/features/catalogue/sheet-words';
import { deskMessages } from '../../../src/client/features/desk/messages';
import { directoryMessages } from '../../../src/client/features/directory/messages';
import { reportsMessages } from '../../../src/client/features/reports/messages';
import { printMessages } from '../../../src/client/features/reports/print-messages';
import { reportMessages } from '../../../src/client/features/reports/report-messages';
import { settingsMessages } from '../../../src/client/features/settings/messages';
import { slipControlMessages, slipMessages } from '../../../src/client/features/slip/messages';
import { enrolMessages } from '../../../src/client/features/sync/enrol-messages';
import { syncMessages } from '../../../src/client/features/sync/messages';
import { storageMessages } from '../../../src/client/features/sync/storage-messages';
import { limitsMessages } from '../../../src/client/pwa/limits-messages';
import { pwaMessages } from '../../../src/client/pwa/messages';
import { errorTexts } from '../../../src/client/session/error-texts';
import { sessionMessages } from '../../../src/client/session/messages';
import { passwordMessages } from '../../../src/client/session/password-messages';
import { secondFactorMessages } from '../../../src/client/session/second-factor-messages';
import { exportLabels } from '../../../src/server/export/labels';
import { reportLabels } from '../../../src/server/export/report-labels';

const langs: Lang[] = ['fi', 'sv', 'en'];

/** Every table of words the product shows or exports, each as one value per language. */
const tables: Record<string, Record<Lang, unknown>> = {
  statementTexts,
  deviceHealthMessages,
  adminMessages,
  peopleMessages,
  auditMessages,
  catalogueMessages,
  listNames,
  questionNames,
  nextStepNames,
  deskLegends,
  sheetProblemTexts,
  sheetLabelNames,
  deskMessages,
  directoryMessages,
  reportsMessages,
  printMessages,
  reportMessages,
  settingsMessages,
  slipMessages,
  slipControlMessages,
  enrolMessages,
  syncMessages,
  storageMessages,
  limitsMessages,
  pwaMessages,
  sessionMessages,
  passwordMessages,
  secondFactorMessages,
  errorTexts,
  exportLabels,
  reportLabels,
  tallyHeadings,
  auditActionLabels: Object.fromEntries(
    langs.map((lang) => [
      lang,
      Object.fromEntries(Object.entries(auditActionLabels).map(([action, label]) => [action, label[lang]])),
    ]),
  ) as Record<Lang, unknown>,
};

/** The strings of one language's value, by their path (key, or section and item index). */
function leaves(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  if (typeof value === 'function') return new Map();
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value as object);
  return new Map([...entries].flatMap(([key, inner]) => [...leaves(inner, `${path}.${String(key)}`)]));
}

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

/**
 * Words the wording review replaced, with the word to use instead. Finnish: neuvontapiste, Asiat,
 * Palveluala; Swedish: rådgivningspunkt, Ärenden, Tjänsteområde. A dot in a code ("pisteet (.)")
 * is not the place.
 */
const banned: [RegExp, string][] = [
  [/sektor/iu, 'Palveluala / Tjänsteområde'],
  [/isot kirjaimet/iu, 'Suurennettu teksti'],
  [/kontakta dem själv/iu, 'Ta själv kontakt:'],
  [/(?<!\p{L})aihe(?!u)/iu, 'Asiat / asiaryhmä'],
  [
    /(?<!\p{L})(oma )?vastaanot(to|ossa|olla|olle|on|toon)(?!\p{L})/iu,
    'neuvontapiste / Oletusala uudelle käynnille',
  ],
  [/(?<!\p{L})piste\p{L}*(?!\p{L})(?! \(\.\))/iu, 'neuvontapiste'],
  [/(?<!\p{L})punkt\p{L}*(?!\p{L})(?! \(\.\))/iu, 'rådgivningspunkt'],
  [/palvelupiste|toimipiste|servicepunkt|verksamhetsställe|mottagning/iu, 'neuvontapiste / rådgivningspunkt'],
  [/(?<!\p{L})ämne/iu, 'ärende'],
  [/viimeksi synkronoitu|senast synkroniserad/iu, 'viimeisin lähetys / senaste sändning'],
  [/(?<!\p{L})(luettelo|katalog)/iu, 'luokitus / klassificering (the catalogue)'],
];

function bannedIn(text: string): string[] {
  return banned.filter(([pattern]) => pattern.test(text)).map(([pattern, use]) => `${pattern} (use ${use})`);
}

function filesUnder(dir: string, ends: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ends);
    return ends.test(name) ? [path] : [];
  });
}

describe('the words of every message table', () => {
  it.each(Object.entries(tables))(
    '%s has every text in Finnish, Swedish and English, with the same placeholders',
    (_, table) => {
      const fi = leaves(table.fi);
      for (const lang of langs) {
        const texts = leaves(table[lang]);
        expect([...texts.keys()], lang).toEqual([...fi.keys()]);
        for (const [path, text] of texts) {
          expect(text.trim(), `${lang}${path}`).not.toBe('');
          expect(placeholders(text), `${lang}${path}: ${text}`).toEqual(placeholders(fi.get(path)!));
        }
      }
    },
  );

  it.each(Object.entries(tables))('%s uses none of the replaced words', (_, table) => {
    const found = langs.flatMap((lang) =>
      [...leaves(table[lang])].flatMap(([path, text]) =>
        bannedIn(text).map((why) => `${lang}${path}: ${text} — ${why}`),
      ),
    );
    expect(found).toEqual([]);
  });
});

describe('the words of server errors', () => {
  // tsc already refuses a code without its row; this also catches an empty or untranslated one.
  it.each([...errorCodeList, 'network', 'unexpected-answer'] as const)(
    '%s tells a person what happened in Finnish, Swedish and English',
    (code) => {
      for (const lang of langs) expect(errorTexts[lang][code]?.trim(), lang).toMatch(/\p{L}.*\.$/u);
      expect(errorTexts.fi[code]).not.toBe(errorTexts.en[code]);
      expect(errorTexts.sv[code]).not.toBe(errorTexts.en[code]);
      expect(errorTexts.sv[code]).not.toBe(errorTexts.fi[code]);
    },
  );
});

describe('the words of spreadsheet problems', () => {
  // tsc refuses a code without its row; this catches an empty or untranslated one.
  it.each(Object.keys(sheetProblemTexts.en))('%s is a sentence in Finnish, Swedish and English', (key) => {
    const code = key as keyof typeof sheetProblemTexts.en;
    for (const lang of langs) expect(sheetProblemTexts[lang][code].trim(), lang).toMatch(/\p{L}.*\.$/u);
    expect(sheetProblemTexts.fi[code]).not.toBe(sheetProblemTexts.en[code]);
    expect(sheetProblemTexts.sv[code]).not.toBe(sheetProblemTexts.en[code]);
    expect(sheetProblemTexts.sv[code]).not.toBe(sheetProblemTexts.fi[code]);
  });
});

describe('the words in the sources and the docs', () => {
  // Catches texts kept inside a component, the server's exports and the docs, which no table above holds.
  it('use none of the replaced words', () => {
    const files = [...filesUnder('src', /\.tsx?$/), ...filesUnder('docs', /\.md$/), 'README.md'];
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => bannedIn(line).map((why) => `${file}:${i + 1}: ${line.trim()} — ${why}`)),
    );
    expect(found).toEqual([]);
  });
});
