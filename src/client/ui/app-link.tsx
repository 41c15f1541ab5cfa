import type { AnchorHTMLAttributes } from 'react';
import { navigate } from './navigation';

type Props = { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>;

/** A link to a page of the app: a real `href`, but followed by the app's router without a reload. */
export function AppLink({ to, ...props }: Props) {
  return (
    <a
      {...props}
      href={to}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
