import { useStorageOffer } from '../../db/use-storage-offer';
import { useMessages } from '../../ui/messages';
import { storageMessages } from './storage-messages';

/** What this browser promises for the visits kept here; a warning unless they are kept for sure. */
export function StorageNotice() {
  const t = useMessages(storageMessages);
  const storage = useStorageOffer();
  if (!storage) return null;
  return (
    <p className={storage.offer === 'persisted' ? 'sync-storage' : 'sync-storage sync-warning'}>
      {t[storage.offer]}
    </p>
  );
}
