import { requireSection } from './section';
import { defineDocumentRule } from './rule';

export const noChannels = defineDocumentRule({
  id: 'no-channels',
  severity: 'error',
  seed: true,
  scope: 'document',
  description: {
    en: 'The strategy chooses at least one social network (channels).',
    hy: 'Ռազմավարությունն ընտրում է առնվազն մեկ սոցիալական ցանց (channels)։',
    ru: 'В стратегии выбрана хотя бы одна соцсеть (channels).',
  },
  rationale: {
    en: 'The article\'s summary: "So as not to waste a lot of time and money when working on social networks, you must … determine the target audience and the social networks". Networks are chosen by which ones the target audience uses, not on the principle "I am registered there".',
    hy: 'Հոդվածի ամփոփումից՝ «Որպեսզի շատ ժամանակ և գումար չվատնեք սոցիալական ցանցերում աշխատելիս, դուք պետք է … որոշեք թիրախային լսարանը և սոցիալական ցանցերը»։ Սոցիալական ցանցերն ընտրվում են ըստ այն բանի, թե որ ցանցից է օգտվում թիրախային լսարանը, և ոչ թե «Ես այնտեղ գրանցված եմ» սկզբունքով։',
    ru: 'Из итога исходной статьи: «Чтобы не тратить много времени и денег при работе в социальных сетях, вы должны … определить целевую аудиторию и социальные сети». Соцсети выбирают по тому, какой из них пользуется целевая аудитория, а не по принципу «я там зарегистрирован».',
  },
  messages: {
    missing: {
      en: 'No social networks chosen (channels). Decide which networks you will work on, by where your target audience is.',
      hy: 'Սոցիալական ցանցեր ընտրված չեն (channels)։ Որոշեք, թե որ սոցիալական ցանցերում եք աշխատելու՝ ըստ այն բանի, թե որտեղ է ձեր թիրախային լսարանը։',
      ru: 'Соцсети не выбраны (channels). Решите, в каких соцсетях вы будете работать, исходя из того, где находится ваша целевая аудитория.',
    },
  },
  check({ doc }, report) {
    requireSection(doc, 'channels', report, 'missing');
  },
});
