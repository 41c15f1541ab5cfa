/**
 * House rules that no plugin has: what domain, db, sync and server routes export carries a
 * one-line `/** summary *\/`. A type derived from a value (`z.infer<typeof schema>`,
 * `(typeof list)[number]`) shares that value's summary.
 */
const isDerivedType = (node, source) =>
  node.type === 'TSTypeAliasDeclaration' && /\btypeof\b/.test(source.getText(node.typeAnnotation));

const exportSummary = {
  meta: {
    type: 'suggestion',
    docs: { description: 'An export carries a one-line /** summary */' },
    messages: { missing: 'Say in a one-line /** summary */ what "{{name}}" is for.' },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    return {
      ExportNamedDeclaration(node) {
        const declaration = node.declaration;
        if (!declaration || isDerivedType(declaration, source)) return;
        const hasSummary = source
          .getCommentsBefore(node)
          .some((c) => c.type === 'Block' && c.value.startsWith('*'));
        if (hasSummary) return;
        const name =
          declaration.id?.name ?? declaration.declarations?.map((d) => d.id.name ?? '?').join(', ') ?? '?';
        context.report({ node, messageId: 'missing', data: { name } });
      },
    };
  },
};

export const house = { rules: { 'export-summary': exportSummary } };
