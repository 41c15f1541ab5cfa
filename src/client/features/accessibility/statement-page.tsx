import { useLang } from '../../ui/lang-store';
import { statementTexts } from './statement-texts';

/** /accessibility: the accessibility statement in the page's language, linked from every footer. */
export function StatementPage() {
  const { title, intro, sections } = statementTexts[useLang()];
  return (
    <article className="statement-page">
      <h1>{title}</h1>
      <p>{intro}</p>
      {sections.map((section) => (
        <section key={section.heading} className="card">
          <h2>{section.heading}</h2>
          {section.paragraphs?.map((text) => (
            <p key={text}>{text}</p>
          ))}
          {section.items && (
            <ul>
              {section.items.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}
