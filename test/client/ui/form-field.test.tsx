import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import type { Lang } from '../../../src/domain/lang';
import { InputField } from '../../../src/client/ui/form-field';
import { useLang, useLangStore } from '../../../src/client/ui/lang-store';
import { zodMessagesIn } from '../../../src/client/ui/zod-messages';

const schema = z.object({ phone: z.string().check(z.maxLength(5)) });

/** A one-field form as the admin pages build theirs: react-hook-form, a shared zod schema, InputField. */
function PhoneForm({ label, help }: { label: string; help: string }) {
  const lang = useLang();
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(schema, zodMessagesIn(lang)),
    defaultValues: { phone: '' },
  });
  return (
    <form noValidate onSubmit={(event) => void handleSubmit(() => undefined)(event)}>
      <InputField
        label={label}
        help={help}
        isRequired
        {...register('phone')}
        error={formState.errors.phone?.message}
      />
      <button type="submit">OK</button>
    </form>
  );
}

const cases: { lang: Lang; label: string; help: string; required: string; tooLong: RegExp }[] = [
  { lang: 'fi', label: 'Puhelin', help: 'Esim. 020 123', required: 'pakollinen', tooLong: /liian suuri/i },
  { lang: 'sv', label: 'Telefon', help: 'T.ex. 020 123', required: 'obligatorisk', tooLong: /för stor/i },
  { lang: 'en', label: 'Phone', help: 'E.g. 020 123', required: 'required', tooLong: /too big/i },
];

describe('The form field', () => {
  it.each(cases)(
    'ties its help and its $lang error to the input and marks it required',
    async ({ lang, label, help, required, tooLong }) => {
      useLangStore.getState().setLang(lang);
      const user = userEvent.setup();
      render(<PhoneForm label={label} help={help} />);

      const input = screen.getByRole('textbox', { name: label });
      expect(input).toBeRequired();
      expect(screen.getByText(`(${required})`, { exact: false })).toBeInTheDocument();
      expect(input).toHaveAccessibleDescription(help);
      expect(input).not.toHaveAttribute('aria-invalid');

      await user.type(input, '0201234567');
      await user.click(screen.getByRole('button', { name: 'OK' }));

      expect(input).toHaveAttribute('aria-invalid', 'true');
      // The error is read first, then the help; the message is in the page's language.
      const description = await screen.findByText(tooLong);
      expect(input).toHaveAccessibleDescription(`${description.textContent ?? ''} ${help}`);
    },
  );
});
