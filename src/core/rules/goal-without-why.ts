import { anchorOf, filled, keyOf, text } from '../model/read';
import { defineItemRule } from './rule';

export const goalWithoutWhy = defineItemRule({
  id: 'goal-without-why',
  severity: 'info',
  seed: true,
  scope: { section: 'goals' },
  description: {
    en: 'Each goal says which business problem it solves (why).',
    hy: 'Յուրաքանչյուր նպատակ նշում է, թե բիզնեսի որ խնդիրն է լուծում (why)։',
    ru: 'Для каждой цели указано, какую задачу бизнеса она решает (why).',
  },
  rationale: {
    en: 'The article: "Social media must solve your business\'s problems, so draw up a list of the tasks your company can achieve through social media." Hootsuite likewise asks you to "connect your objectives back to what really matters for the business".',
    hy: 'Հոդվածից՝ «Սոցիալական մեդիան պետք է լուծի ձեր բիզնեսի խնդիրները, այնպես որ կազմեք այն խնդիրների ցանկը, որոնք ձեր ընկերությունը կարող է հասնել սոցիալական մեդիայի միջոցով»։ Hootsuite-ը նույնպես խորհուրդ է տալիս նպատակները կապել այն ամենի հետ, ինչն իսկապես կարևոր է բիզնեսի համար։',
    ru: 'Из исходной статьи: «Социальные сети должны решать задачи вашего бизнеса, поэтому составьте список задач, которых ваша компания может достичь с помощью социальных сетей». Hootsuite также советует связывать цели с тем, что действительно важно для бизнеса.',
  },
  messages: {
    missing: {
      en: "Goal '{id}' does not say which business problem it solves (why).",
      hy: "'{id}' նպատակը չի նշում, թե բիզնեսի որ խնդիրն է լուծում (why)։",
      ru: "Для цели '{id}' не сказано, какую задачу бизнеса она решает (why).",
    },
  },
  check(goal, report) {
    if (filled(goal, 'why')) return;
    report({
      messageId: 'missing',
      args: { id: text(goal, 'id') ?? text(goal, 'title') ?? '?' },
      // `why:` written but left blank: point at it, the place to type. Otherwise at the goal's id.
      node: keyOf(goal, 'why') ?? anchorOf(goal),
    });
  },
});
