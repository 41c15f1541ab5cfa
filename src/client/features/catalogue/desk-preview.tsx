import { useId, useState } from 'react';
import { activeEntries, topicGroupOf, type Labelled } from '../../../domain/catalogue';
import type { DraftContent } from '../../../domain/catalogue-versions';
import { langs, type Lang } from '../../../domain/lang';
import type { ChipBinding } from '../../ui/chip';
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
  const [chosen, setChosen] = useState<Readonly<Record<string, readonly string[]>>>({});
  // A radio's question holds one code, a checkbox's any number.
  const register = (name: string, isMany = false): ChipBinding => ({
    name,
    chosen: chosen[name] ?? [],
    onToggle: (code, isChosen) =>
      setChosen((all) => {
        const others = (all[name] ?? []).filter((c) => c !== code);
        return { ...all, [name]: isMany ? (isChosen ? [...others, code] : others) : [code] };
      }),
  });
  const sector = chosen.sector?.[0] ?? '';
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
          <ChipRow type="radio" options={optionsOf(content.ageGroups, lang)} binding={register('ageGroup')} />
        </ChipGroup>
        <ChipGroup legend={legend.sector}>
          <ChipRow type="radio" options={optionsOf(content.sectors, lang)} binding={register('sector')} />
        </ChipGroup>
        <ChipGroup legend={legend.topics}>
          {activeEntries(content.topicGroups).map((group) => {
            const inGroup = topics.filter((topic) => topicGroupOf(topic.code) === group.code);
            const options = optionsOf(inGroup, lang);
            return options.length === 0 ? null : (
              <fieldset key={group.code} className="topic-group">
                <legend>{group[lang] || group.code}</legend>
                <ChipRow type="checkbox" options={options} binding={register('topics', true)} />
              </fieldset>
            );
          })}
        </ChipGroup>
        <ChipGroup legend={legend.referrals}>
          <ChipRow
            type="checkbox"
            options={optionsOf(content.referrals, lang)}
            binding={register('referrals', true)}
          />
        </ChipGroup>
        {optional.map(([name, entries]) =>
          content.questions[name].enabled ? (
            <ChipGroup key={name} legend={questionNames[lang][name]}>
              <ChipRow
                type={name === 'faceToFaceReasons' ? 'checkbox' : 'radio'}
                options={optionsOf(entries, lang)}
                binding={register(name, name === 'faceToFaceReasons')}
              />
            </ChipGroup>
          ) : null,
        )}
        {content.questions.municipality.enabled && <p>{questionNames[lang].municipality}</p>}
      </div>
    </section>
  );
}
