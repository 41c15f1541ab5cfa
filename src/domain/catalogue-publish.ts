import {
  catalogueLists,
  fixedCodes,
  topicGroupOf,
  type CatalogueContent,
  type CatalogueList,
  type QuestionName,
} from './catalogue';
import type { CatalogueChange, DraftContent, PublishProblem } from './catalogue-versions';
import { langs } from './lang';

type AnyEntry = DraftContent['topics'][number] & { next?: string };
type Lists = Record<CatalogueList, readonly AnyEntry[]>;

const listNames: Record<CatalogueList, string> = {
  ageGroups: 'Age groups',
  sectors: 'Sectors',
  topicGroups: 'Topic groups',
  topics: 'Topics',
  referrals: 'Referrals',
  serviceLanguages: 'Service languages',
  faceToFaceReasons: 'Reasons for coming in person',
  channels: 'Walk-in or outreach',
};

/** The list of a question's options; the municipality question's options are chosen per point. */
const optionsOf: Record<QuestionName, CatalogueList | null> = {
  serviceLanguage: 'serviceLanguages',
  faceToFaceReasons: 'faceToFaceReasons',
  municipality: null,
  channel: 'channels',
};

/** The English name of a list, as problems and spreadsheet errors say it. */
export function listName(list: CatalogueList): string {
  return listNames[list];
}

/** A published catalogue as a new draft starts it. */
export function draftOf(catalogue: CatalogueContent): DraftContent {
  const {
    ageGroups,
    sectors,
    topicGroups,
    topics,
    referrals,
    serviceLanguages,
    faceToFaceReasons,
    channels,
  } = catalogue;
  return structuredClone({
    ageGroups,
    sectors,
    topicGroups,
    topics,
    referrals,
    serviceLanguages,
    faceToFaceReasons,
    channels,
    questions: catalogue.questions,
  });
}

/**
 * Every reason a draft cannot be published, checked against every version published before it:
 * codes keep their meaning for ever, so a published code may be relabelled, reordered and retired,
 * never deleted or given another next step (a topic's group is the start of its code).
 */
export function publishProblems(
  draft: DraftContent,
  published: readonly CatalogueContent[],
): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const add = (p: Omit<PublishProblem, 'message'>, message: string) =>
    problems.push({ ...p, message: `${listNames[p.list as CatalogueList] ?? 'Questions'}, ${message}` });
  const lists = draft as unknown as Lists;
  for (const list of catalogueLists) {
    const entries = lists[list];
    const codes = new Map<string, AnyEntry>();
    for (const entry of entries) {
      if (codes.has(entry.code)) {
        add({ kind: 'duplicate-code', list, code: entry.code }, `"${entry.code}": the code is listed twice`);
      }
      codes.set(entry.code, entry);
      for (const lang of langs) {
        if (entry[lang].trim() === '') {
          add(
            { kind: 'empty-label', list, code: entry.code, field: lang },
            `"${entry.code}": the ${lang} label is empty`,
          );
        }
      }
      const fixed = fixedCodes[list];
      if (fixed && !fixed.includes(entry.code)) {
        add(
          { kind: 'unknown-fixed-code', list, code: entry.code },
          `"${entry.code}": this list can only have the codes ${fixed.join(', ')}`,
        );
      }
      for (const continued of entry.continues) {
        const target = entries.find((e) => e.code === continued);
        if (!target || continued === entry.code) {
          add(
            { kind: 'unknown-continues', list, code: entry.code, field: 'continues' },
            `"${entry.code}" continues "${continued}", which is not a code of this list`,
          );
        } else if (!target.retired) {
          add(
            { kind: 'continues-active', list, code: entry.code, field: 'continues' },
            `"${entry.code}" continues "${continued}", which is still in use: retire "${continued}" first`,
          );
        }
      }
    }
    for (const old of published) {
      for (const before of (old as unknown as Lists)[list]) {
        const now = codes.get(before.code);
        if (!now) {
          if (!problems.some((p) => p.kind === 'code-removed' && p.list === list && p.code === before.code)) {
            add(
              { kind: 'code-removed', list, code: before.code },
              `"${before.code}" was published and is missing: retire it instead, so older visits keep their label`,
            );
          }
        } else if (before.next !== undefined && now.next !== before.next) {
          if (
            !problems.some((p) => p.kind === 'meaning-changed' && p.list === list && p.code === before.code)
          ) {
            add(
              { kind: 'meaning-changed', list, code: before.code, field: 'next' },
              `"${before.code}": its next step was "${before.next}"; a published code keeps its meaning, so retire it and add a new code`,
            );
          }
        }
      }
    }
    if (
      (list === 'ageGroups' || list === 'sectors' || list === 'topicGroups') &&
      !entries.some((e) => !e.retired)
    ) {
      add({ kind: 'empty-list', list, code: '' }, 'the desk needs at least one entry that is not retired');
    }
  }
  const activeGroups = new Set(draft.topicGroups.filter((g) => !g.retired).map((g) => g.code));
  for (const topic of draft.topics) {
    if (!topic.retired && !activeGroups.has(topicGroupOf(topic.code))) {
      add(
        { kind: 'topic-without-group', list: 'topics', code: topic.code },
        `"${topic.code}" belongs to no topic group in use: its code must start with one ("${topicGroupOf(topic.code)}." is not)`,
      );
    }
  }
  for (const [question, list] of Object.entries(optionsOf) as [QuestionName, CatalogueList | null][]) {
    if (list && draft.questions[question].enabled && !lists[list].some((e) => !e.retired)) {
      add(
        { kind: 'question-without-options', list: 'questions', code: question },
        `"${question}" is switched on but ${listNames[list]} has no entry in use`,
      );
    }
  }
  return problems;
}

/** What `next` changed since `previous`, for the version history. */
export function changesBetween(previous: CatalogueContent, next: CatalogueContent): CatalogueChange[] {
  const changes: CatalogueChange[] = [];
  for (const list of catalogueLists) {
    const before = new Map((previous as unknown as Lists)[list].map((e) => [e.code, e]));
    const after = (next as unknown as Lists)[list];
    for (const entry of after) {
      const old = before.get(entry.code);
      if (!old) {
        changes.push({ list, code: entry.code, kind: 'added' });
      } else {
        if (langs.some((lang) => old[lang] !== entry[lang]))
          changes.push({ list, code: entry.code, kind: 'relabelled' });
        if (!old.retired && entry.retired) changes.push({ list, code: entry.code, kind: 'retired' });
        if (old.retired && !entry.retired) changes.push({ list, code: entry.code, kind: 'reinstated' });
      }
      const gained = entry.continues.filter((c) => !(old?.continues ?? []).includes(c));
      if (gained.length > 0) changes.push({ list, code: entry.code, kind: 'continues', codes: gained });
    }
    const order = (entries: readonly AnyEntry[]) =>
      entries.filter((e) => before.has(e.code) && after.some((a) => a.code === e.code)).map((e) => e.code);
    if (order([...before.values()]).join() !== order(after).join())
      changes.push({ list, code: '', kind: 'reordered' });
  }
  for (const question of Object.keys(optionsOf) as QuestionName[]) {
    const [was, is] = [previous.questions[question], next.questions[question]];
    if (was.enabled !== is.enabled)
      changes.push({ list: 'questions', code: question, kind: is.enabled ? 'switched-on' : 'switched-off' });
    if (was.required !== is.required)
      changes.push({
        list: 'questions',
        code: question,
        kind: is.required ? 'made-required' : 'made-optional',
      });
  }
  return changes;
}
