// Hostile and absurd input: how long our linter takes on each, in a fresh linter, so a regression
// to a hang shows up here (never as a timed test). Every case must end with problems, not a throw.
import { lintStrategy } from '../src/core/lint';
import { stats, type Stats } from './measure';

export interface HostileCase {
  readonly name: string;
  readonly chars: number;
  readonly problems: number;
  readonly ms: Stats;
}

/** Each case: a description and its text (or its text and lint settings). */
function cases(strategy: string): { name: string; text: string; rules?: Record<string, 'off'> }[] {
  const bombLines = ['bomb:', '  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) bombLines.push(`  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const pairs = Array.from({ length: 20_000 }, (_, i) => `  k${i}: &a${i} v${i}\n  r${i}: *a${i}`).join('\n');
  return [
    { name: 'an alias bomb (a billion laughs) inside a ~100 KB strategy', text: `${strategy.slice(0, 100_000).replace(/\n[^\n]*$/, '')}\n${bombLines.join('\n')}\n` },
    { name: '20,000 anchor and alias pairs', text: `version: 1\nnotes:\n${pairs}\n` },
    { name: '50,000 goals with nothing but an id (300,000 problems)', text: `goals:\n${'  - id: g\n'.repeat(50_000)}` },
    { name: '20,000 schema errors (a number where text goes)', text: `goals:\n${'  - { id: 1, title: 2, why: 3 }\n'.repeat(20_000)}` },
    { name: 'nesting 5,000 brackets deep', text: `goals: ${'['.repeat(5000)}${']'.repeat(5000)}\n` },
    { name: 'a rule pattern with 40 stars, from settings', text: strategy.slice(0, 50_000), rules: { [`${'a*'.repeat(40)}b`]: 'off' } },
    { name: 'binary junk (control characters)', text: '\u0000\u0001PK\u0003\u0004'.repeat(200_000) },
  ];
}

/** Lints each case `samples` times with a fresh linter and reports the time. */
export function measureHostile(strategy: string, samples: number): HostileCase[] {
  return cases(strategy).map(({ name, text, rules }) => {
    const times: number[] = [];
    let problems = 0;
    for (let i = 0; i < samples; i++) {
      const started = performance.now();
      problems = lintStrategy(text, rules ? { rules } : {}).problems.length;
      times.push(performance.now() - started);
    }
    return { name, chars: text.length, problems, ms: stats(times)! };
  });
}
