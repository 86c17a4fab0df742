// The peer: yaml-language-server, the engine of Red Hat's YAML extension, run in-process through
// its language service API with our schema. Edits go through `TextDocument.update`, the document
// model its server keeps, so each edit costs what it costs in the server.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CreateEngine, Session } from './engine';

/** One URI per session; each open gets a new version so the peer's parse cache never hits. */
let opened = 0;

export const createEngine: CreateEngine = async ({ schemaPath }) => {
  // The package is ESM only: a dynamic import is how this CommonJS code loads it.
  const { getLanguageService } = await import('yaml-language-server');
  const schemaUri = pathToFileURL(schemaPath).href;
  const schemaText = readFileSync(schemaPath, 'utf8');
  const service = getLanguageService({
    // Serves our schema file and nothing else: no network, and a refused request is loud.
    schemaRequestService: async (uri) => {
      if (uri === schemaUri) return schemaText;
      throw new Error(`the benchmark serves only ${schemaUri}, not ${uri}`);
    },
    // The examples' modeline `$schema=../schemas/smm.schema.json` resolves against the document.
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, completion: true, hover: false, isKubernetes: false, schemas: [{ uri: schemaUri, fileMatch: ['*.smm.yaml'] }] });
  // Documents sit where the examples do, so their modeline finds ../schemas/ as it does there.
  const documentUri = new URL('../examples/strategy.smm.yaml', schemaUri).href;

  return {
    name: 'peer',
    open(text): Session {
      let document = TextDocument.create(documentUri, 'yaml', ++opened * 1_000_000, text);
      return {
        edit(change) {
          document = TextDocument.update(document, [{ range: change.range, text: change.text }], document.version + 1);
        },
        async diagnostics() {
          const found = await service.doValidation(document, false);
          return { count: found.length, list: () => found.map((d) => ({ line: d.range.start.line, code: String(d.code ?? ''), message: typeof d.message === 'string' ? d.message : d.message.value })) };
        },
        async complete(_offset, position) {
          const list = await service.doComplete(document, position, false);
          return list.items.map((item) => item.label);
        },
      };
    },
  };
};
