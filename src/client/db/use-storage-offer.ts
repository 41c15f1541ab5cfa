import { useEffect, useState } from 'react';
import {
  onStorageChange,
  readDisplayInfo,
  readStorageInfo,
  storageOffer,
  type StorageInfo,
  type StorageOffer,
} from './storage-info';

/** The browser's storage facts and what they offer, read again after each persistence request; null while reading. */
export function useStorageOffer(): { info: StorageInfo; offer: StorageOffer } | null {
  const [state, setState] = useState<{ info: StorageInfo; offer: StorageOffer } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const read = () =>
      void readStorageInfo().then((info) => {
        if (isCurrent) setState({ info, offer: storageOffer(info, readDisplayInfo()) });
      });
    read();
    const unsubscribe = onStorageChange(read);
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, []);
  return state;
}
