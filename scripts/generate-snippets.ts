// Writes the snippets shipped as files from the core's one source of snippets: the whole-file
// templates in English, Armenian and Russian (snippets/smm.code-snippets, for "Snippets: Fill
// File with Snippet") and the schema's English `defaultSnippets` for other YAML tools. Run it
// (`npm run snippets`) after changing src/core/language/snippets; a unit test fails until then.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SNIPPETS_FILE, codeSnippetsText, SCHEMA_FILE, schemaWithSnippets } from './lib/snippetFiles';

const root = join(__dirname, '..');
writeFileSync(join(root, CODE_SNIPPETS_FILE), codeSnippetsText());
writeFileSync(join(root, SCHEMA_FILE), schemaWithSnippets(readFileSync(join(root, SCHEMA_FILE), 'utf8')));
