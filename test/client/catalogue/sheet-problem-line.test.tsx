import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { sheetProblemsOf } from '../../../src/client/features/catalogue/catalogue-api';
import { SheetProblemLine } from '../../../src/client/features/catalogue/sheet-problem-line';
import { ApiError } from '../../../src/client/session/api-client';
import { useLangStore } from '../../../src/client/ui/lang-store';

describe('a spreadsheet problem line', () => {
  beforeEach(() => useLangStore.setState({ lang: 'sv' }));

  it('words a known code in the page’s language, the sheet as a whole without a row', () => {
    const { container } = render(
      <SheetProblemLine
        problem={{
          sheet: 'Sectors',
          row: 0,
          column: '',
          code: 'missing-sheet',
          message: 'the sheet is missing',
        }}
      />,
    );
    expect(container.textContent).toBe('Sectors: Fliken saknas.');
  });

  it('keeps a code this app does not know (a newer server’s) as the server’s English, marked as English', () => {
    const { container } = render(
      <SheetProblemLine problem={{ sheet: 'Topics', row: 4, column: 'fi', message: 'a newer check' }} />,
    );
    expect(container.textContent).toBe('Topics, rad 4, fi: a newer check');
    expect(container.querySelector('[lang="en"]')).toHaveTextContent('a newer check');
  });

  it('takes a refusal with a code it does not know as a problem without a code, beside the known ones', () => {
    const where = { sheet: 'Topics', row: 4, column: 'fi' };
    const refusal = new ApiError('spreadsheet-invalid', 'Nothing was changed', {
      problems: [
        { ...where, code: 'missing-label', lang: 'fi', message: 'empty' },
        { ...where, code: 'a-newer-check', message: 'a newer check' },
      ],
    });
    expect(sheetProblemsOf(refusal)).toEqual([
      { ...where, code: 'missing-label', lang: 'fi', message: 'empty' },
      { ...where, message: 'a newer check' },
    ]);
  });
});
