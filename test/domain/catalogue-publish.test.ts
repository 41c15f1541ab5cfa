import { describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { changesBetween, draftOf, publishProblems } from '../../src/domain/catalogue-publish';

const kinds = (problems: { kind: string; code: string }[]) => problems.map((p) => `${p.kind} ${p.code}`);

describe('publishing a draft', () => {
  it('finds nothing wrong with an unchanged reference catalogue', () => {
    expect(publishProblems(draftOf(referenceCatalogue), [referenceCatalogue])).toEqual([]);
  });

  it('lists every problem of a draft at once, each saying where', () => {
    const draft = draftOf(referenceCatalogue);
    draft.topics.push({ ...draft.topics[0]!, sv: 'Kopia' }); // duplicate code
    draft.topics[1]!.fi = ' '; // empty Finnish label
    draft.referrals.find((r) => r.code === 'external.kela')!.next = 'unit-contacts-client'; // meaning changed
    draft.referrals.push({
      code: 'external.new',
      fi: 'Uusi',
      sv: 'Ny',
      en: 'New',
      retired: false,
      continues: ['nope'],
      next: 'none',
    });
    draft.topics.push({
      code: 'leisure.sport',
      fi: 'Liikunta',
      sv: 'Motion',
      en: 'Sport',
      retired: false,
      continues: [],
    });
    draft.ageGroups = draft.ageGroups.filter((a) => a.code !== 'families'); // deleted instead of retired
    const problems = publishProblems(draft, [referenceCatalogue]);
    expect(kinds(problems).sort()).toEqual(
      [
        `duplicate-code ${draft.topics[0]!.code}`,
        `empty-label ${draft.topics[1]!.code}`,
        'meaning-changed external.kela',
        'unknown-continues external.new',
        'topic-without-group leisure.sport',
        'code-removed families',
      ].sort(),
    );
    expect(problems.find((p) => p.kind === 'empty-label')).toMatchObject({ list: 'topics', field: 'fi' });
    expect(problems.find((p) => p.kind === 'meaning-changed')!.message).toMatch(
      /^Referrals, "external.kela"/,
    );
  });

  it('refuses a crosswalk to a code that is still in use', () => {
    const draft = draftOf(referenceCatalogue);
    draft.topics.push({
      code: 'practical.appointments',
      fi: 'Ajat',
      sv: 'Tider',
      en: 'Appointments',
      retired: false,
      continues: ['practical.booking'],
    });
    expect(kinds(publishProblems(draft, [referenceCatalogue]))).toEqual([
      'continues-active practical.appointments',
    ]);
    draft.topics.find((t) => t.code === 'practical.booking')!.retired = true;
    expect(publishProblems(draft, [referenceCatalogue])).toEqual([]);
  });

  it('says what a version changed', () => {
    const draft = draftOf(referenceCatalogue);
    draft.referrals.find((r) => r.code === 'external.kela')!.en = 'Kela';
    draft.topics.find((t) => t.code === 'health.mental')!.retired = true;
    draft.questions.channel = { enabled: true, required: false };
    expect(changesBetween(referenceCatalogue, { ...draft })).toEqual([
      { list: 'topics', code: 'health.mental', kind: 'retired' },
      { list: 'referrals', code: 'external.kela', kind: 'relabelled' },
      { list: 'questions', code: 'channel', kind: 'switched-on' },
    ]);
  });
});
