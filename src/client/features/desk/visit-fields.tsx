import type { ReactNode } from 'react';
import {
  activeEntries,
  labelOf,
  topicGroupOf,
  topicsForSector,
  type Catalogue,
} from '../../../domain/catalogue';
import type { Lang } from '../../../domain/lang';
import type { ChipBinding } from '../../ui/chip';
import { ChipGroup, ChipRow } from '../../ui/chip-group';
import { useIsDrawn } from '../../ui/use-is-drawn';
import { chipsFor, optionsOf, retiredOptions } from './chip-options';
import type { deskMessages } from './messages';
import type { DeskForm } from './use-desk-form';

interface Props {
  catalogue: Catalogue;
  lang: Lang;
  t: (typeof deskMessages)['fi'];
  form: DeskForm;
  /** The visit's date, drawn under the required questions. */
  dateField: ReactNode;
  /** The county's optional questions, drawn after the referrals. */
  optionalQuestions: ReactNode;
}

/**
 * The questions of a visit, in the order staff answer them, in columns so that a common visit and
 * Save fit on one tablet screen (desk.css); every label from the catalogue. Codes the catalogue no
 * longer offers stay on the form, marked retired, until staff untick them.
 */
export function VisitFields({ catalogue, lang, t, form, dateField, optionalQuestions }: Props) {
  const { ageGroup, sector, topics, referrals } = form.values;
  const { errors } = form;
  const chips = (list: Catalogue['ageGroups'], chosen: readonly string[]) =>
    chipsFor(list, chosen, lang, t.retired);
  const retiredNote = (list: Catalogue['ageGroups'], chosen: readonly string[]) =>
    chips(list, chosen).some((chip) => chip.isRetired) && <p className="warning">{t.retiredHelp}</p>;
  return (
    <div className="desk-columns">
      <div className="desk-who">
        <ChipGroup legend={t.ageGroup} isRequired error={errors.ageGroup && t.chooseAgeGroup}>
          <ChipRow
            type="radio"
            options={chips(catalogue.ageGroups, [ageGroup])}
            binding={form.chips('ageGroup')}
          />
          {retiredNote(catalogue.ageGroups, [ageGroup])}
        </ChipGroup>
        <ChipGroup legend={t.sector} isRequired error={errors.sector && t.chooseSector}>
          <ChipRow type="radio" options={chips(catalogue.sectors, [sector])} binding={form.chips('sector')} />
        </ChipGroup>
        {dateField}
      </div>
      <ChipGroup legend={t.topics} className="desk-topics">
        <TopicGroups
          catalogue={catalogue}
          lang={lang}
          sector={sector}
          chosen={topics}
          retiredWord={t.retired}
          binding={form.chips('topics')}
        />
        {retiredNote(catalogue.topics, topics)}
      </ChipGroup>
      <div className="desk-referrals">
        <ChipGroup legend={t.referrals}>
          <ChipRow
            type="checkbox"
            options={chips(catalogue.referrals, referrals)}
            binding={form.chips('referrals')}
          />
          {retiredNote(catalogue.referrals, referrals)}
        </ChipGroup>
        {optionalQuestions}
      </div>
    </div>
  );
}

/**
 * Topics offered for the chosen sector (practical ones always), one sub-group per topic group;
 * then any chosen topic not offered any more, marked retired. Every group stays drawn and those
 * of another sector are hidden: a tap on a sector then shows and hides two groups instead of
 * building a dozen chips (the slowest tap at the desk).
 */
function TopicGroups({
  catalogue,
  lang,
  sector,
  chosen,
  retiredWord,
  binding,
}: {
  catalogue: Catalogue;
  lang: Lang;
  sector: string;
  chosen: readonly string[];
  retiredWord: string;
  binding: ChipBinding;
}) {
  const offered = topicsForSector(catalogue, sector);
  const offeredGroups = new Set(offered.map((topic) => topicGroupOf(topic.code)));
  const leftover = retiredOptions(chosen, offered, catalogue.topics, lang, retiredWord);
  const active = activeEntries(catalogue.topics);
  const isDrawn = useIsDrawn();
  return (
    <>
      {activeEntries(catalogue.topicGroups).map((group) => {
        const topics = active.filter((topic) => topicGroupOf(topic.code) === group.code);
        if (topics.length === 0 || (!isDrawn && !offeredGroups.has(group.code))) return null;
        return (
          <fieldset key={group.code} className="topic-group" hidden={!offeredGroups.has(group.code)}>
            <legend>{labelOf(group, lang)}</legend>
            <ChipRow type="checkbox" options={optionsOf(topics, lang)} binding={binding} />
          </fieldset>
        );
      })}
      {leftover.length > 0 && <ChipRow type="checkbox" options={leftover} binding={binding} />}
    </>
  );
}
