import { labelFor, type Catalogue, type CatalogueList, type Labelled } from '../../domain/catalogue';
import type { CrosswalkNote } from '../../domain/crosswalk';
import { helsinkiDate } from '../../domain/helsinki-date';
import type { Lang } from '../../domain/lang';
import type { TallyCatalogue } from '../../domain/tally-api';

/** The words exports use to say which catalogue versions the figures cover and how codes were read. */
const words: Record<
  Lang,
  {
    versions: string;
    labels: (version: string) => string;
    note: string;
    retired: string;
    merged: (label: string, olds: string, date: string) => string;
    split: (label: string, news: string, date: string) => string;
    retiredNote: (label: string) => string;
  }
> = {
  fi: {
    versions: 'Luokitusversiot',
    labels: (v) => `Nimikkeet versiosta ${v}`,
    note: 'Huomautus',
    retired: 'poistunut',
    merged: (label, olds, date) =>
      `${label}: sisältää myös luokat ${olds} (yhdistetty${date ? ` ${date}` : ''})`,
    split: (label, news, date) =>
      `${label}: jaettu${date ? ` ${date} alkaen` : ''} luokkiin ${news}; aiempia lukuja ei voi jakaa`,
    retiredNote: (label) => `${label}: poistunut luokka, näytetään viimeisellä nimellään`,
  },
  sv: {
    versions: 'Klassificeringsversioner',
    labels: (v) => `Benämningar enligt version ${v}`,
    note: 'Anmärkning',
    retired: 'utgången',
    merged: (label, olds, date) => `${label}: omfattar även ${olds} (sammanslagna${date ? ` ${date}` : ''})`,
    split: (label, news, date) =>
      `${label}: ${date ? `från ${date} ` : ''}räknas som ${news}; tidigare tal kan inte delas upp`,
    retiredNote: (label) => `${label}: utgången kategori, visas med sin senaste benämning`,
  },
  en: {
    versions: 'Catalogue versions',
    labels: (v) => `Labels as in version ${v}`,
    note: 'Note',
    retired: 'retired',
    merged: (label, olds, date) => `${label}: also counts ${olds} (merged${date ? ` on ${date}` : ''})`,
    split: (label, news, date) =>
      `${label}: ${date ? `from ${date} ` : ''}counted as ${news}; earlier figures cannot be divided`,
    retiredNote: (label) => `${label}: retired code, shown with its last label`,
  },
};

/** A published time as the Finnish short date, e.g. "1.3.2026". */
function shortDate(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = helsinkiDate(new Date(iso)).split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
}

/** A code's label in the catalogue in force, marked when the code is retired. */
export function markedLabel(catalogue: Catalogue, list: CatalogueList, code: string, lang: Lang): string {
  const entries = catalogue[list] as readonly (Labelled & { retired: boolean })[];
  const entry = entries.find((e) => e.code === code);
  if (!entry) return code;
  return entry.retired ? `${entry[lang]} (${words[lang].retired})` : entry[lang];
}

/** The heading lines: which versions the data covers, whose labels are shown, and one line per note. */
export function catalogueLines(info: TallyCatalogue, catalogue: Catalogue, lang: Lang): [string, string][] {
  const w = words[lang];
  const plain = (list: CatalogueList, code: string) => labelFor(catalogue[list], code, lang);
  const quoted = (list: CatalogueList, codes: string[]) => codes.map((c) => `"${plain(list, c)}"`).join(', ');
  const versionText = info.versions
    .map((v) =>
      v.number === null || String(v.number) === v.version ? v.version : `${v.number} (${v.version})`,
    )
    .join(', ');
  const noteText = (note: CrosswalkNote): string => {
    const label = `"${plain(note.list, note.code)}"`;
    switch (note.kind) {
      case 'merged':
        return w.merged(label, quoted(note.list, note.codes), shortDate(note.since));
      case 'split':
        return w.split(label, quoted(note.list, note.codes), shortDate(note.since));
      case 'retired':
        return w.retiredNote(label);
    }
  };
  return [
    [w.versions, `${versionText || '–'}. ${w.labels(info.labelsFrom)}.`],
    ...info.notes.map((note): [string, string] => [w.note, noteText(note)]),
  ];
}
