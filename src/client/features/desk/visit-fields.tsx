import type { ReactNode } from 'react';
import {
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import {
  labelOf,
  topicGroupOf,
  topicsForSector,
  type Catalogue,
  type Labelled,
} from '../../../domain/catalogue';
import type { Lang } from '../../../domain/lang';
import { ChipGroup, ChipRow, type ChipOption } from '../../ui/chip-group';
import type { DeskFormValues } from './form-schema';
import type { deskMessages } from './messages';

interface Props {
  catalogue: Catalogue;
  lang: Lang;
  t: (typeof deskMessages)['fi'];
  control: Control<DeskFormValues>;
  register: UseFormRegister<DeskFormValues>;
  errors: FieldErrors<DeskFormValues>;
  onSectorChange: () => void;
  /** The visit's date, drawn under the required questions. */
  dateField: ReactNode;
}

const optionsOf = (entries: readonly Labelled[], lang: Lang): ChipOption[] =>
  entries.map((e) => ({ value: e.code, label: labelOf(e, lang) }));

/**
 * The questions of a visit, in the order staff answer them, in columns so that a common visit and
 * Save fit on one tablet screen (desk.css); every label from the catalogue.
 */
export function VisitFields({
  catalogue,
  lang,
  t,
  control,
  register,
  errors,
  onSectorChange,
  dateField,
}: Props) {
  const sector = useWatch({ control, name: 'sector' });
  return (
    <div className="desk-columns">
      <div className="desk-who">
        <ChipGroup legend={t.ageGroup} isRequired error={errors.ageGroup && t.chooseAgeGroup}>
          <ChipRow
            type="radio"
            options={optionsOf(catalogue.ageGroups, lang)}
            registration={register('ageGroup')}
          />
        </ChipGroup>
        <ChipGroup legend={t.sector} isRequired error={errors.sector && t.chooseSector}>
          <ChipRow
            type="radio"
            options={optionsOf(catalogue.sectors, lang)}
            registration={register('sector', { onChange: onSectorChange })}
          />
        </ChipGroup>
        {dateField}
      </div>
      <ChipGroup legend={t.topics} className="desk-topics">
        <TopicGroups catalogue={catalogue} lang={lang} sector={sector} registration={register('topics')} />
      </ChipGroup>
      <ChipGroup legend={t.referrals} className="desk-referrals">
        <ChipRow
          type="checkbox"
          options={optionsOf(catalogue.referrals, lang)}
          registration={register('referrals')}
        />
      </ChipGroup>
    </div>
  );
}

/** Topics offered for the chosen sector (practical ones always), one sub-group per topic group. */
function TopicGroups({
  catalogue,
  lang,
  sector,
  registration,
}: {
  catalogue: Catalogue;
  lang: Lang;
  sector: string;
  registration: UseFormRegisterReturn;
}) {
  const offered = topicsForSector(catalogue, sector);
  return catalogue.topicGroups.map((group) => {
    const topics = offered.filter((topic) => topicGroupOf(topic.code) === group.code);
    if (topics.length === 0) return null;
    return (
      <fieldset key={group.code} className="topic-group">
        <legend>{labelOf(group, lang)}</legend>
        <ChipRow type="checkbox" options={optionsOf(topics, lang)} registration={registration} />
      </fieldset>
    );
  });
}
