import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { activeEntries, topicGroupOf, type Labelled } from '../../../domain/catalogue';
import type { DraftContent } from '../../../domain/catalogue-versions';
import { langs, type Lang } from '../../../domain/lang';
import { ChipGroup, ChipRow, type ChipOption } from '../../ui/chip-group';
import { langNames } from '../../ui/language-switch';
import { useMessages } from '../../ui/messages';
import { ToggleGroup } from '../../ui/toggle-group';
import { catalogueMessages } from './messages';
import { deskLegends, questionNames } from './words';

const optionsOf = (entries: readonly Labelled[], lang: Lang): ChipOption[] =>
  activeEntries(entries as readonly (Labelled & { retired: boolean })[]).map((e) => ({
    value: e.code,
    label: e[lang] || e.code,
  }));

/**
 * The desk's questions as staff will see them with this draft, in any of the three languages:
 * entries in use in their order, topics under their groups for the sector tapped, the optional
 * questions switched on. Taps go nowhere.
 */
export function DeskPreview({ content }: { content: DraftContent }) {
  const t = useMessages(catalogueMessages);
  const id = useId();
  const [lang, setLang] = useState<Lang>('fi');
  const { register, control } = useForm<
    Record<'ageGroup' | 'sector' | 'serviceLanguage' | 'channel', string> &
      Record<'topics' | 'referrals' | 'faceToFaceReasons', string[]>
  >();
  const sector = useWatch({ control, name: 'sector' }) ?? '';
  const legend = deskLegends[lang];
  const groups = new Set(['practical', ...(sector === 'both' ? ['social', 'health'] : [sector])]);
  const topics = content.topics.filter((topic) => groups.has(topicGroupOf(topic.code)));
  const optional = [
    ['serviceLanguage', content.serviceLanguages],
    ['faceToFaceReasons', content.faceToFaceReasons],
    ['channel', content.channels],
  ] as const;
  return (
    <section className="catalogue-preview" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.preview}</h3>
      <p>{t.previewHelp}</p>
      <ToggleGroup
        legend={t.previewLanguage}
        options={langs.map((l) => ({ value: l, label: langNames[l] }))}
        value={lang}
        onChange={(value) => setLang(langs.find((l) => l === value) ?? 'fi')}
      />
      <div lang={lang} className="catalogue-preview-desk">
        <ChipGroup legend={legend.ageGroup}>
          <ChipRow
            type="radio"
            options={optionsOf(content.ageGroups, lang)}
            registration={register('ageGroup')}
          />
        </ChipGroup>
        <ChipGroup legend={legend.sector}>
          <ChipRow
            type="radio"
            options={optionsOf(content.sectors, lang)}
            registration={register('sector')}
          />
        </ChipGroup>
        <ChipGroup legend={legend.topics}>
          {activeEntries(content.topicGroups).map((group) => {
            const inGroup = topics.filter((topic) => topicGroupOf(topic.code) === group.code);
            const options = optionsOf(inGroup, lang);
            return options.length === 0 ? null : (
              <fieldset key={group.code} className="topic-group">
                <legend>{group[lang] || group.code}</legend>
                <ChipRow type="checkbox" options={options} registration={register('topics')} />
              </fieldset>
            );
          })}
        </ChipGroup>
        <ChipGroup legend={legend.referrals}>
          <ChipRow
            type="checkbox"
            options={optionsOf(content.referrals, lang)}
            registration={register('referrals')}
          />
        </ChipGroup>
        {optional.map(([name, entries]) =>
          content.questions[name].enabled ? (
            <ChipGroup key={name} legend={questionNames[lang][name]}>
              <ChipRow
                type={name === 'faceToFaceReasons' ? 'checkbox' : 'radio'}
                options={optionsOf(entries, lang)}
                registration={register(name)}
              />
            </ChipGroup>
          ) : null,
        )}
        {content.questions.municipality.enabled && <p>{questionNames[lang].municipality}</p>}
      </div>
    </section>
  );
}
