import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { InputField } from '../ui/form-field';
import { FormSubmit } from '../ui/form-submit';
import { useMessages } from '../ui/messages';
import { changeOwnPassword } from './session-store';
import { problemOf, type PasswordField, type PasswordProblem } from './password-problem';
import { passwordMessages } from './password-messages';

interface Props {
  title: string;
  intro?: ReactNode;
  submitText: string;
  /** The password the person has just signed in with: not asked again. */
  knownPassword?: string;
  onChanged: () => Promise<void> | void;
}

/**
 * Current password (unless just given), the new one and the new one again. The server's reason
 * for refusing a password is shown on the field it concerns and tied to it (aria-describedby),
 * and that field gets the focus, so a screen reader reads the reason with the field.
 */
export function ChangePasswordForm({ title, intro, submitText, knownPassword, onChanged }: Props) {
  const t = useMessages(passwordMessages);
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<PasswordProblem | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  const fail = (found: PasswordProblem) => {
    setProblem(found);
    const refs = { current: currentRef, new: newRef, repeat: repeatRef };
    if (found.field) refs[found.field].current?.focus();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (isBusy) return;
    if (next !== repeat) return fail({ field: 'repeat', text: t.notSame });
    setIsBusy(true);
    setProblem(null);
    try {
      await changeOwnPassword(knownPassword ?? current, next);
      await onChanged();
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (caught) {
      fail(problemOf(caught, t));
    } finally {
      setIsBusy(false);
    }
  }

  const errorOf = (field: PasswordField) => (problem?.field === field ? problem.text : undefined);
  return (
    <form className="login-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro}
      {knownPassword === undefined && (
        <InputField
          ref={currentRef}
          label={t.currentPassword}
          type="password"
          autoComplete="current-password"
          isRequired
          error={errorOf('current')}
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
      )}
      <InputField
        ref={newRef}
        label={t.newPassword}
        help={t.newPasswordHelp}
        type="password"
        autoComplete="new-password"
        isRequired
        minLength={12}
        error={errorOf('new')}
        value={next}
        onChange={(event) => setNext(event.target.value)}
      />
      <InputField
        ref={repeatRef}
        label={t.repeatPassword}
        type="password"
        autoComplete="new-password"
        isRequired
        error={errorOf('repeat')}
        value={repeat}
        onChange={(event) => setRepeat(event.target.value)}
      />
      <FormSubmit error={problem && !problem.field ? problem.text : null} isBusy={isBusy}>
        {submitText}
      </FormSubmit>
    </form>
  );
}
