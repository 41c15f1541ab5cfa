import type { ReactNode } from 'react';

/** What stops a publish or an upload: a heading and one line per problem, announced at once. */
export function ProblemList({ title, problems }: { title: string; problems: readonly ReactNode[] }) {
  return (
    <div role="alert" className="catalogue-problems">
      <p>{title}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
