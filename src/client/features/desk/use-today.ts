import { useEffect, useState } from 'react';
import { helsinkiDate } from '../../../domain/helsinki-date';

/**
 * Today's date in Helsinki, kept current: a tablet left open overnight must date the morning's
 * first visit on the new day, and must not refuse it as "in the future".
 */
export function useToday(): string {
  const [today, setToday] = useState(() => helsinkiDate(new Date()));
  useEffect(() => {
    const check = () => setToday(helsinkiDate(new Date()));
    const timer = setInterval(check, 60_000);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return today;
}
