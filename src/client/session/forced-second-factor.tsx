import { useMessages } from '../ui/messages';
import { secondFactorMessages } from './second-factor-messages';
import { SecondFactorSetup } from './second-factor-setup';
import { loadSession } from './session-store';

/** An admin without a second factor where one is required: they enrol one before anything else. */
export function ForcedSecondFactor() {
  const t = useMessages(secondFactorMessages);
  return <SecondFactorSetup title={t.forcedTitle} intro={t.forcedIntro} onDone={() => void loadSession()} />;
}
