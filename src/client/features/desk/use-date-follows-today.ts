import { useEffect, useRef } from 'react';

/**
 * Past midnight a new visit's date, still showing yesterday, moves to the new day (an edited
 * visit keeps its date).
 */
export function useDateFollowsToday(
  today: string,
  isEditing: boolean,
  date: () => string,
  setDate: (value: string) => void,
): void {
  const shownToday = useRef(today);
  useEffect(() => {
    const shown = shownToday.current;
    if (!isEditing && shown !== today && date() === shown) setDate(today);
    shownToday.current = today;
  }, [today, isEditing, date, setDate]);
}
