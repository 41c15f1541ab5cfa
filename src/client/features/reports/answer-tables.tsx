import { labelFor, type Catalogue } from '../../../domain/catalogue';
import type { Lang } from '../../../domain/lang';
import municipalityData from '../../../domain/municipalities.json';
import { answerLists, optionalQuestions } from '../../../domain/tally-additions';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { reportMessages } from './report-messages';
import type { Tally } from './reports-api';
import { ShareTable } from './share-table';

const municipalities = new Map(municipalityData.municipalities.map((m) => [m.code, m]));

/** "Hyvinkää (106)": a municipality's name in the language (English reads the Finnish name) and its code. */
export function municipalityName(code: string, lang: Lang): string {
  const m = municipalities.get(code);
  return m ? `${lang === 'sv' ? m.sv : m.fi} (${code})` : code;
}

/** The optional questions the county collects (those the range's visits answered), each with counts and shares. */
export function AnswerTables({ tally, catalogue }: { tally: Tally; catalogue: Catalogue }) {
  const t = useMessages(reportMessages);
  const lang = useLang();
  return Object.values(optionalQuestions).map((field) => {
    const counts = tally[field];
    if (!counts) return null;
    const list = answerLists[field];
    return (
      <ShareTable
        key={field}
        caption={t[field]}
        column={list ? t.answer : t.municipality}
        counts={counts}
        labelOf={(code) => (list ? labelFor(catalogue[list], code, lang) : municipalityName(code, lang))}
      />
    );
  });
}
