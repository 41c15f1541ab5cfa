import { labelFor, type Catalogue } from '../../../domain/catalogue';
import { sectors } from '../../../domain/visit';
import { fill } from '../../ui/fill';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { reportsMessages } from './messages';
import { reportMessages } from './report-messages';
import type { Tally } from './reports-api';
import { ShareTable } from './share-table';

/** Each desk's topics or referrals (social, health, both), shares over that sector's visits. */
export function SectorTables({
  tally,
  catalogue,
  of,
}: {
  tally: Tally;
  catalogue: Catalogue;
  of: 'topics' | 'referrals';
}) {
  const t = { ...useMessages(reportsMessages), ...useMessages(reportMessages) };
  const lang = useLang();
  const split = of === 'topics' ? tally.topicsBySector : tally.referralsBySector;
  return sectors.map((s) => (
    <ShareTable
      key={s}
      caption={fill(of === 'topics' ? t.topicsOf : t.referralsOf, {
        sector: labelFor(catalogue.sectors, s, lang),
      })}
      column={of === 'topics' ? t.topic : t.referral}
      counts={split[s]}
      labelOf={(c) => labelFor(catalogue[of], c, lang)}
    />
  ));
}
