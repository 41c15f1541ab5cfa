import type { CatalogueList, NextStep, QuestionName } from '../../../domain/catalogue';
import type { CatalogueChange, PublishProblem } from '../../../domain/catalogue-versions';
import type { Lang } from '../../../domain/lang';
import { fill } from '../../ui/fill';

/** The catalogue's lists by name, in each language. */
export const listNames: Record<Lang, Record<CatalogueList | 'questions', string>> = {
  fi: {
    ageGroups: 'Ikäryhmät',
    sectors: 'Palvelualat',
    topicGroups: 'Asiaryhmät',
    topics: 'Asiat',
    referrals: 'Ohjaukset',
    serviceLanguages: 'Asiointikielet',
    faceToFaceReasons: 'Syyt tulla paikan päälle',
    channels: 'Käynti neuvontapisteellä vai jalkautuen',
    questions: 'Vapaaehtoiset kysymykset',
  },
  sv: {
    ageGroups: 'Åldersgrupper',
    sectors: 'Tjänsteområden',
    topicGroups: 'Ärendegrupper',
    topics: 'Ärenden',
    referrals: 'Hänvisningar',
    serviceLanguages: 'Betjäningsspråk',
    faceToFaceReasons: 'Skäl att komma personligen',
    channels: 'Besök på rådgivningspunkten eller uppsökande arbete',
    questions: 'Frivilliga frågor',
  },
  en: {
    ageGroups: 'Age groups',
    sectors: 'Sectors',
    topicGroups: 'Topic groups',
    topics: 'Topics',
    referrals: 'Referrals',
    serviceLanguages: 'Service languages',
    faceToFaceReasons: 'Reasons for coming in person',
    channels: 'Walk-in or outreach',
    questions: 'Optional questions',
  },
};

/** The optional desk questions as the desk asks them. */
export const questionNames: Record<Lang, Record<QuestionName, string>> = {
  fi: {
    serviceLanguage: 'Asiointikieli',
    faceToFaceReasons: 'Miksi asiakas tuli paikan päälle',
    municipality: 'Asiakkaan kotikunta (neuvontapisteen palvelemista kunnista)',
    channel: 'Käynti neuvontapisteellä vai jalkautuen',
  },
  sv: {
    serviceLanguage: 'Språk som klienten betjänades på',
    faceToFaceReasons: 'Varför klienten kom personligen',
    municipality: 'Klientens hemkommun (bland rådgivningspunktens kommuner)',
    channel: 'Besök på rådgivningspunkten eller uppsökande arbete',
  },
  en: {
    serviceLanguage: 'Language the client was served in',
    faceToFaceReasons: 'Why the client came in person',
    municipality: 'Client’s home municipality (from the advice point’s own list)',
    channel: 'Walk-in or outreach',
  },
};

/** What happens after a referral, in words. */
export const nextStepNames: Record<Lang, Record<NextStep, string>> = {
  fi: {
    none: 'Ei jatkoa',
    'unit-contacts-client': 'Yksikkö ottaa yhteyttä asiakkaaseen',
    'client-contacts-unit': 'Asiakas ottaa yhteyttä yksikköön',
  },
  sv: {
    none: 'Ingen fortsättning',
    'unit-contacts-client': 'Enheten kontaktar klienten',
    'client-contacts-unit': 'Klienten kontaktar enheten',
  },
  en: {
    none: 'Nothing further',
    'unit-contacts-client': 'The unit contacts the client',
    'client-contacts-unit': 'The client contacts the unit',
  },
};

/** The desk's questions as the preview shows them, in the preview's language. */
export const deskLegends: Record<
  Lang,
  { ageGroup: string; sector: string; topics: string; referrals: string }
> = {
  fi: { ageGroup: 'Ikäryhmä', sector: 'Palveluala', topics: 'Asiat', referrals: 'Ohjaukset' },
  sv: { ageGroup: 'Åldersgrupp', sector: 'Tjänsteområde', topics: 'Ärenden', referrals: 'Hänvisningar' },
  en: { ageGroup: 'Age group', sector: 'Sector', topics: 'Topics', referrals: 'Referrals' },
};

const changeTexts: Record<Lang, Record<CatalogueChange['kind'], string>> = {
  fi: {
    added: '{list}: lisätty {code}',
    relabelled: '{list}: nimi muutettu, {code}',
    retired: '{list}: poistettu käytöstä {code}',
    reinstated: '{list}: palautettu käyttöön {code}',
    continues: '{list}: {code} jatkaa koodeja {codes}',
    reordered: '{list}: järjestys muutettu',
    'switched-on': 'Kysymys otettu käyttöön: {code}',
    'switched-off': 'Kysymys poistettu käytöstä: {code}',
    'made-required': 'Kysymys pakolliseksi: {code}',
    'made-optional': 'Kysymys vapaaehtoiseksi: {code}',
  },
  sv: {
    added: '{list}: tillagd {code}',
    relabelled: '{list}: ny benämning, {code}',
    retired: '{list}: tagen ur bruk {code}',
    reinstated: '{list}: återtagen i bruk {code}',
    continues: '{list}: {code} fortsätter koderna {codes}',
    reordered: '{list}: ny ordning',
    'switched-on': 'Frågan tagen i bruk: {code}',
    'switched-off': 'Frågan tagen ur bruk: {code}',
    'made-required': 'Frågan gjord obligatorisk: {code}',
    'made-optional': 'Frågan gjord frivillig: {code}',
  },
  en: {
    added: '{list}: added {code}',
    relabelled: '{list}: relabelled {code}',
    retired: '{list}: retired {code}',
    reinstated: '{list}: back in use {code}',
    continues: '{list}: {code} continues {codes}',
    reordered: '{list}: new order',
    'switched-on': 'Question switched on: {code}',
    'switched-off': 'Question switched off: {code}',
    'made-required': 'Question made required: {code}',
    'made-optional': 'Question made optional: {code}',
  },
};

/** One change of a published version, in words. */
export function changeText(change: CatalogueChange, lang: Lang): string {
  const code =
    change.list === 'questions'
      ? (questionNames[lang][change.code as QuestionName] ?? change.code)
      : change.code;
  return fill(changeTexts[lang][change.kind], {
    list: listNames[lang][change.list],
    code,
    codes: (change.codes ?? []).join(', '),
  });
}

const problemTexts: Record<Lang, Record<PublishProblem['kind'], string>> = {
  fi: {
    'duplicate-code': '{list}: koodi {code} on listalla useammin kuin kerran.',
    'empty-label': '{list}, {code}: nimi puuttuu ({field}).',
    'meaning-changed':
      '{list}, {code}: julkaistun koodin merkitys muuttui ({field}). Poista koodi käytöstä ja lisää uusi.',
    'code-removed': '{list}, {code}: julkaistua koodia ei voi poistaa, vain poistaa käytöstä.',
    'unknown-continues': '{list}, {code}: jatkaa koodia, jota listalla ei ole.',
    'continues-active': '{list}, {code}: jatkaa koodia, jota ei ole poistettu käytöstä.',
    'topic-without-group': '{list}, {code}: koodin alku ei ole minkään asiaryhmän koodi.',
    'unknown-fixed-code': '{list}, {code}: tälle listalle käyvät vain käyntilomakkeen tuntemat koodit.',
    'empty-list': '{list}: listalla on oltava vähintään yksi käytössä oleva kohta.',
    'question-without-options':
      '{list}, {code}: kysymys on käytössä, mutta sen listalla ei ole vaihtoehtoja.',
  },
  sv: {
    'duplicate-code': '{list}: koden {code} finns flera gånger i listan.',
    'empty-label': '{list}, {code}: benämningen saknas ({field}).',
    'meaning-changed':
      '{list}, {code}: betydelsen av en publicerad kod ändrades ({field}). Ta koden ur bruk och lägg till en ny.',
    'code-removed': '{list}, {code}: en publicerad kod kan inte tas bort, bara tas ur bruk.',
    'unknown-continues': '{list}, {code}: fortsätter en kod som inte finns i listan.',
    'continues-active': '{list}, {code}: fortsätter en kod som inte har tagits ur bruk.',
    'topic-without-group': '{list}, {code}: kodens början är inte koden för någon ärendegrupp.',
    'unknown-fixed-code': '{list}, {code}: listan får bara innehålla koder som besöksformuläret känner till.',
    'empty-list': '{list}: listan måste ha minst en post i bruk.',
    'question-without-options': '{list}, {code}: frågan är i bruk men dess lista har inga alternativ i bruk.',
  },
  en: {
    'duplicate-code': '{list}: the code {code} is listed more than once.',
    'empty-label': '{list}, {code}: the label is empty ({field}).',
    'meaning-changed':
      '{list}, {code}: the meaning of a published code changed ({field}). Retire it and add a new code.',
    'code-removed': '{list}, {code}: a published code cannot be deleted, only retired.',
    'unknown-continues': '{list}, {code}: continues a code that is not in the list.',
    'continues-active': '{list}, {code}: continues a code that is not retired.',
    'topic-without-group': '{list}, {code}: the start of the code is no topic group’s code.',
    'unknown-fixed-code': '{list}, {code}: this list takes only the codes the visit form knows.',
    'empty-list': '{list}: the list needs at least one entry in use.',
    'question-without-options': '{list}, {code}: the question is on, but its list has no entry in use.',
  },
};

/** A problem that stops a publish, in words a person can act on. */
export function problemText(problem: PublishProblem, lang: Lang): string {
  const isQuestion = problem.list === 'questions';
  return fill(problemTexts[lang][problem.kind], {
    list: listNames[lang][problem.list],
    code: isQuestion ? (questionNames[lang][problem.code as QuestionName] ?? problem.code) : problem.code,
    field: problem.field ?? '',
  }).replace(' ()', '');
}
