import type { Localized } from '../../i18n/locale';

/**
 * The texts a quick fix writes into the file for the user to replace: questions in the file's
 * language, so a Russian strategy never gets an English title.
 */
export const PLACEHOLDERS = {
  goalTitle: { en: 'What we want to achieve', hy: 'Ինչի՞ն ենք ուզում հասնել', ru: 'Чего мы хотим достичь' },
  goalWhy: { en: 'Which business problem it solves', hy: 'Բիզնեսի ո՞ր խնդիրն է լուծում', ru: 'Какую задачу бизнеса решает' },
  audienceName: { en: 'Who they are', hy: 'Ովքե՞ր են նրանք', ru: 'Кто они' },
  lifestyle: { en: 'how they live', hy: 'ինչպես են ապրում', ru: 'как они живут' },
  needs: { en: 'what they need from us', hy: 'ինչի կարիք ունեն մեզնից', ru: 'что им нужно от нас' },
  pillarName: { en: 'A theme we post about', hy: 'Թեմա, որի մասին հրապարակում ենք', ru: 'Тема наших публикаций' },
  memberName: { en: 'Name and role', hy: 'Անուն և դեր', ru: 'Имя и роль' },
} satisfies Record<string, Localized>;
