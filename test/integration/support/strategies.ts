const GOAL = (i: number) => [
  `  - id: goal-${i}`,
  '    type: awareness',
  `    title: Goal number ${i} — «Նպատակ» 🎯`,
  '    kpis:',
  '      - { metric: reach, target: 100 }',
].join('\n');

/** About 50,000 lines: 10,000 goals of five lines. */
export function hugeStrategy(): string {
  const goals = Array.from({ length: 10_000 }, (_, i) => GOAL(i)).join('\n');
  return `version: 1\nbrand: { name: Huge }\ngoals:\n${goals}\nchannels:\n  - { id: ig, network: instagram, goals: [goal-1], audiences: [] }\n`;
}
