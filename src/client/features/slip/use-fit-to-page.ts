import { useLayoutEffect, type RefObject } from 'react';

/** The A5 sheet's height in CSS pixels (96 per inch), less 4 % because print layout runs a little longer than screen layout. */
const A5_HEIGHT_PX = (210 / 25.4) * 96 * 0.96;
const STEP = 0.05;

/**
 * Keep an A5 slip on one sheet: when it is too long, step its text (and QR codes, sized in em)
 * down until it fits or `floor` is reached, where a second sheet is better than text too small to
 * read. The scale is set on the sheet's `.slip-content` as a DOM style property (which the
 * Content-Security-Policy allows; inline style attributes it does not), measured and set again in
 * one layout pass, before the browser paints. The receipt never needs it: the roll is as long as the slip.
 */
export function useFitToPage(
  sheet: RefObject<HTMLElement | null>,
  isA5: boolean,
  floor: number,
  deps: readonly unknown[],
): void {
  useLayoutEffect(() => {
    const content = sheet.current?.querySelector<HTMLElement>('.slip-content');
    if (!sheet.current || !content) return;
    content.style.fontSize = '';
    if (!isA5) return;
    for (
      let scale = 1 - STEP;
      sheet.current.offsetHeight > A5_HEIGHT_PX && scale >= floor - 1e-9;
      scale -= STEP
    ) {
      content.style.fontSize = `${Math.round(scale * 100)}%`;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fit again when what is printed changes
  }, [sheet, isA5, floor, ...deps]);
}
