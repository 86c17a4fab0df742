// The README's rule table, made from the rule modules. `npx tsx scripts/rules-table.ts` prints it;
// test/unit/readme.test.ts fails when the README's copy is stale.
import { RULES } from '../src/core/rules';

export function rulesTable(): string {
  const rows = RULES.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.severity} | ${r.seed ? 'yes' : ''} | ${r.description.en.replace(/\|/g, '\\|')} |`);
  return ['| Rule | Default | From the article | What it checks |', '|---|---|---|---|', ...rows].join('\n');
}

if (require.main === module) console.log(rulesTable());
