/** Render the served OpenAPI document as docs/api.md (`npm run docs:api`); a test keeps them equal. */

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  const?: unknown;
  default?: unknown;
  format?: string;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
};
type Operation = {
  summary?: string;
  security?: unknown[];
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};
type OpenApi = { info: { title: string; version: string }; paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** A schema in a few words: `string`, `"json" | "csv"`, `array of string (1..500)`, `object`. */
function typeOf(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(typeOf).join(' \\| ');
  const type = Array.isArray(schema.type) ? schema.type.join(' \\| ') : (schema.type ?? 'any');
  if (type === 'array') {
    const size =
      schema.minItems !== undefined || schema.maxItems !== undefined
        ? ` (${schema.minItems ?? 0}..${schema.maxItems ?? ''})`
        : '';
    return `array of ${typeOf(schema.items)}${size}`;
  }
  return schema.format ? `${type} (${schema.format})` : type;
}

/** The top-level fields of a body: name, type, required. */
function fields(schema: Schema | undefined): string[] {
  if (!schema?.properties) return schema ? [`- ${typeOf(schema)}`] : [];
  return Object.entries(schema.properties).map(
    ([name, field]) =>
      `- \`${name}\`${schema.required?.includes(name) ? '' : ' (optional)'}: ${typeOf(field)}`,
  );
}

function operationText(method: string, path: string, operation: Operation): string[] {
  const lines = [`### ${method.toUpperCase()} \`${path}\``, ''];
  if (operation.summary) lines.push(operation.summary, '');
  const parameters = operation.parameters ?? [];
  if (parameters.length > 0) {
    lines.push('| parameter | in | type | required |', '| --- | --- | --- | --- |');
    for (const p of parameters) {
      const fallback =
        p.schema?.default === undefined ? '' : ` (default ${JSON.stringify(p.schema.default)})`;
      lines.push(
        `| \`${p.name}\` | ${p.in} | ${typeOf(p.schema)}${fallback} | ${p.required ? 'yes' : 'no'} |`,
      );
    }
    lines.push('');
  }
  const body = operation.requestBody?.content?.['application/json']?.schema;
  if (body) lines.push('Body (JSON):', '', ...fields(body), '');
  const responses = Object.entries(operation.responses ?? {});
  if (responses.length > 0) {
    lines.push(
      `Answers: ${responses
        .map(([status, answer]) => {
          const kinds = Object.keys(answer.content ?? {});
          return kinds.length > 0 ? `${status} (${kinds.join(', ')})` : status;
        })
        .join(', ')}`,
      '',
    );
  }
  return lines;
}

/** The whole document, grouped by the first path segment after /api/v1 (or the path itself). */
export function apiMarkdown(document: OpenApi): string {
  const lines = [
    `# ${document.info.title} ${document.info.version}`,
    '',
    '<!-- Generated from the OpenAPI document the server serves at /api/v1/openapi.json: run',
    '     `npm run docs:api` after changing a route; test/server/api-docs.test.ts fails when they differ. -->',
    '',
    'Authenticated calls take `Authorization: Bearer <token>` (a device token or a session token) or the',
    'session cookie of the browser. Every error answer is JSON `{ error, message }`: `error` is a code to',
    'branch on (`src/domain/error-codes.ts`), `message` words for a person. 503 answers carry `Retry-After`.',
    '',
  ];
  let group = '';
  for (const path of Object.keys(document.paths).sort()) {
    const section = path.startsWith('/api/v1/') ? path.split('/')[3]! : 'operations';
    if (section !== group) {
      group = section;
      lines.push(`## ${section}`, '');
    }
    for (const method of METHODS) {
      const operation = document.paths[path]![method];
      if (operation) lines.push(...operationText(method, path, operation));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
