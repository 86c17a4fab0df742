// The extension's manifest and package: settings written for people who are not programmers, the
// settings a workspace may not change in Restricted Mode, the translations of the editor texts,
// and what goes into the .vsix.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';

const ROOT = join(__dirname, '../..');

interface Manifest {
  readonly l10n?: string;
  readonly capabilities: {
    readonly untrustedWorkspaces: { readonly supported: boolean | 'limited'; readonly restrictedConfigurations?: readonly string[] };
  };
  readonly contributes: {
    readonly configuration: { readonly properties: Readonly<Record<string, Setting>> };
    readonly commands: readonly { readonly command: string; readonly title: string }[];
    readonly menus: Readonly<Record<string, readonly { readonly command: string; readonly when?: string }[]>>;
    readonly snippets: readonly { readonly language: string; readonly path: string }[];
    readonly walkthroughs: readonly Walkthrough[];
    readonly configurationDefaults: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  };
}

interface Walkthrough {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly when?: string;
  readonly steps: readonly { readonly id: string; readonly title: string; readonly description: string; readonly media: { readonly markdown: string }; readonly completionEvents: readonly string[] }[];
}

interface Setting {
  readonly scope?: string;
  readonly markdownDescription?: string;
  readonly description?: string;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const settings = manifest.contributes.configuration.properties;
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>;
/** The manifest's English texts (package.nls.json) and their Russian translations (VS Code's display languages). */
const nls = { en: readJson('package.nls.json'), ru: readJson('package.nls.ru.json') };

/** A manifest text as VS Code shows it in `language`: `%key%` replaced from package.nls[.language].json. */
function shown(text: string | undefined, language: 'en' | 'ru' = 'en'): string {
  const key = /^%(.+)%$/.exec(text ?? '')?.[1];
  return key === undefined ? (text ?? '') : (nls[language][key] ?? nls.en[key] ?? text ?? '');
}

/**
 * Settings a workspace may set even in Restricted Mode: they change nothing that could hide a
 * problem or make the extension do more work. Every other setting must be restricted, so a new
 * setting cannot be added without deciding which it is.
 */
const SAFE_IN_UNTRUSTED_WORKSPACES = [
  'smm.locale',
  'smm.preview.scrollPreviewWithEditor',
  'smm.preview.scrollEditorWithPreview',
  'smm.preview.doubleClickToSwitchToEditor',
];

/** Words that mean nothing to someone who is not a programmer. */
const TOOL_NAMES = /\b(eslint|prettier|tslint|regexp?|regular expression|glob|ajv|npm|lsp|json schema)\b/i;

describe('manifest', () => {
  it('settings have a scope and a description in plain words, naming no developer tools', () => {
    for (const [id, setting] of Object.entries(settings)) {
      assert.ok(setting.scope, `${id} has an explicit scope`);
      const description = shown(setting.markdownDescription ?? setting.description);
      assert.ok(description.length > 20, `${id} is described`);
      assert.doesNotMatch(description, TOOL_NAMES, id);
    }
  });

  it('a workspace that is not trusted cannot switch checks off, change severities or enlarge workspace linting', () => {
    const { supported, restrictedConfigurations = [] } = manifest.capabilities.untrustedWorkspaces;
    assert.equal(supported, 'limited');
    for (const id of restrictedConfigurations) assert.ok(id in settings, `${id} is a contributed setting`);
    const unrestricted = Object.keys(settings).filter((id) => !restrictedConfigurations.includes(id));
    assert.deepEqual(unrestricted, SAFE_IN_UNTRUSTED_WORKSPACES);
  });

  it('the README names every restricted setting', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### In a workspace you have not trusted'));
    assert.ok(section.length < readme.length, 'the README has the section');
    for (const id of manifest.capabilities.untrustedWorkspaces.restrictedConfigurations ?? []) assert.ok(section.includes(`\`${id}\``), id);
  });
});

describe('editor texts', () => {
  /** Every `t('…')` of the host (`l10n(locale).t`, src/host/l10n.ts): the English text is the key of its translations. */
  function hostTexts(): string[] {
    const texts: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith('.ts')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/(?<![\w$])t\(\s*'((?:[^'\\]|\\.)*)'/g)) texts.push(m[1]!.replace(/\\(.)/g, '$1'));
        }
      }
    };
    visit(join(ROOT, 'src/host'));
    return texts;
  }

  const placeholders = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

  for (const [language, letters] of [['hy', /[\u0531-\u058F]/], ['ru', /[\u0400-\u04FF]/]] as const) {
    it(`are translated to ${language}, with the same placeholders, and no translation is left over`, () => {
      assert.equal(manifest.l10n, './l10n');
      const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;
      const texts = hostTexts();
      assert.ok(texts.length > 0, 'the host has texts to translate');
      for (const text of texts) {
        const translated = bundle[text];
        assert.ok(translated, `${language}: no translation of "${text}"`);
        assert.match(translated, letters, `${language}: "${translated}"`);
        assert.deepEqual(placeholders(translated), placeholders(text), `${language}: placeholders of "${text}"`);
      }
      assert.deepEqual(Object.keys(bundle).filter((key) => !texts.includes(key)), [], `${language}: translations of texts that no longer exist`);
    });
  }
});

describe('manifest texts', () => {
  /** Every string of the manifest that people read: titles, descriptions, walkthrough texts. */
  function readTexts(): { where: string; text: string }[] {
    const out: { where: string; text: string }[] = [];
    const visit = (value: unknown, where: string) => {
      if (typeof value === 'string') {
        if (/(^|\.)(displayName|description|title|markdownDescription)$|EnumDescriptions\.\d+$|enumDescriptions\.\d+$|\.markdown$/.test(where)) out.push({ where, text: value });
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => visit(v, `${where}.${i}`));
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit(v, where ? `${where}.${k}` : k);
      }
    };
    const { displayName, description, capabilities, contributes } = manifest as unknown as Record<string, unknown>;
    visit({ displayName, description, capabilities, contributes }, '');
    return out;
  }

  /** The Armenian walkthrough is written in Armenian in the manifest: VS Code has no Armenian display language to pick a translation for. */
  const ARMENIAN = /^contributes\.walkthroughs\.1\./;

  it('come from package.nls.json, each translated to Russian in package.nls.ru.json, none left over', () => {
    const keys = new Set<string>();
    for (const { where, text } of readTexts()) {
      if (ARMENIAN.test(where)) continue;
      const key = /^%(.+)%$/.exec(text)?.[1];
      assert.ok(key, `${where} is written in the manifest ("${text}"): put it in package.nls.json`);
      assert.ok(nls.en[key], `package.nls.json has ${key}`);
      if (where.endsWith('.markdown')) assert.equal(nls.ru[key], nls.en[key]?.replace('/en/', '/ru/'), `package.nls.ru.json points ${key} at the Russian page`);
      else assert.match(nls.ru[key] ?? '', /[\u0400-\u04FF]/, `package.nls.ru.json translates ${key}`);
      keys.add(key);
    }
    assert.deepEqual(Object.keys(nls.en).filter((k) => !keys.has(k)), [], 'texts of package.nls.json that nothing uses');
    assert.deepEqual(Object.keys(nls.ru).sort(), Object.keys(nls.en).sort());
  });

  it('keep the command links and setting links of the English in Russian', () => {
    const links = (text: string) => [...text.matchAll(/\]\((command:[^)]+)\)|(#smm\.[\w.]+#)/g)].map((m) => m[0].replace(/^\]/, '')).sort();
    for (const [key, english] of Object.entries(nls.en)) assert.deepEqual(links(nls.ru[key] ?? ''), links(english), key);
  });
});

describe('strategy files', () => {
  const { snippets, configurationDefaults } = manifest.contributes;

  it('get the file templates as their snippets', () => {
    assert.deepEqual(snippets, [{ language: 'smm-strategy', path: './snippets/smm.code-snippets' }]);
  });

  it('get no word suggestions and no look-alike boxes around Armenian or Cyrillic letters', () => {
    const defaults = configurationDefaults['[smm-strategy]'] ?? {};
    // Completion says what fits; where nothing does, fragments of the file ("07:30") are noise.
    assert.equal(defaults['editor.wordBasedSuggestions'], 'off');
    // Ids and values the look-alikes could spoof are checked by the schema (Latin letters only).
    assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false);
  });
});

describe('guided start', () => {
  const { walkthroughs, menus } = manifest.contributes;
  const STEPS = ['why', 'forWhom', 'where', 'value', 'preview'];
  /** The command each step's button runs, in the article's order: new strategy, completion, Problems, quick fix, preview. */
  const COMMANDS = ['smm.newStrategy', 'smm.walkthrough.suggest', 'workbench.actions.view.problems', 'smm.walkthrough.quickFix', 'smm.showPreviewToSide'];

  it('New Strategy is in the New File menu', () => {
    assert.deepEqual(menus['file/newFile'], [{ command: 'smm.newStrategy', group: 'file' }]);
  });

  it('has a walkthrough in English and Russian, and one in Armenian for smm.locale hy, in the article\'s order', () => {
    assert.deepEqual(walkthroughs.map((w) => [w.id, w.when]), [['smm.start', 'config.smm.locale != hy'], ['smm.start.hy', 'config.smm.locale == hy']]);
    const armenian = /[\u0531-\u058F]/;
    for (const w of walkthroughs) {
      assert.deepEqual(w.steps.map((s) => s.id), STEPS, w.id);
      w.steps.forEach((step, i) => {
        const commands = [...shown(step.description).matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
        assert.deepEqual(commands, [COMMANDS[i]], `${w.id}/${step.id} runs its command`);
        assert.deepEqual(step.completionEvents, [`onCommand:${COMMANDS[i]}`], `${w.id}/${step.id} is done when its command ran`);
        for (const language of ['en', 'ru'] as const) {
          const media = shown(step.media.markdown, language);
          const text = readFileSync(join(ROOT, media), 'utf8');
          if (w.id.endsWith('.hy')) assert.match(text, armenian, media);
          else if (language === 'ru') assert.match(text, /[\u0400-\u04FF]/, media);
        }
        if (w.id.endsWith('.hy')) assert.match(step.title + step.description, armenian, `${w.id}/${step.id}`);
      });
    }
  });

  it('commands that need a problem or a walkthrough step are hidden from the Command Palette; the others are there', () => {
    const hidden = menus.commandPalette?.filter((m) => m.when === 'false').map((m) => m.command);
    assert.deepEqual(hidden, ['smm.showRuleDocs', 'smm.changeRuleSeverity', 'smm.walkthrough.suggest', 'smm.walkthrough.quickFix']);
  });

});

describe('the .vsix', () => {
  it('holds the extension bundles and what the manifest points at, not the CLI, tests, maps or sources', async () => {
    // The rules of .vscodeignore applied by vsce itself, to a stand-in tree of the files a build leaves.
    const dir = mkdtempSync(join(tmpdir(), 'smm-vsix-'));
    try {
      for (const file of ['package.json', '.vscodeignore']) writeFileSync(join(dir, file), readFileSync(join(ROOT, file)));
      const present = [
        'dist/extension.js', 'dist/extension.js.map', 'dist/checker.js', 'dist/checker.js.map', 'dist/web/extension.js', 'dist/web/extension.js.map',
        'dist/web/checker.js', 'dist/web/checker.js.map', 'dist/cli.js',
        'dist/webview/preview.js', 'dist/webview/preview.js.map', 'dist/webview/preview.css',
        'dist/cli.js.map', 'dist/smm-strategy.vsix', 'dist/test/integration/index.js', 'dist/test/web/index.js',
        'src/extension.ts', 'test/unit/manifest.test.ts', 'l10n/bundle.l10n.hy.json', 'l10n/bundle.l10n.ru.json',
        'package.nls.json', 'package.nls.ru.json', 'snippets/smm.code-snippets', 'media/walkthrough/hy/why.md', 'scripts/generate-snippets.ts',
        'schemas/smm.schema.json', 'media/icon.png', 'docs/rules/no-budget.md', 'syntaxes/smm.tmLanguage.json',
        'language-configuration.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'examples/mistakes.smm.yaml', 'tsconfig.json',
      ];
      for (const file of present) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), '');
      }
      const packaged = (await listFiles({ cwd: dir, packageManager: PackageManager.None })).map((f) => f.replace(/\\/g, '/')).sort();
      assert.deepEqual(packaged, [
        'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/checker.js', 'dist/extension.js', 'dist/web/checker.js', 'dist/web/extension.js', 'dist/webview/preview.css',
        'dist/webview/preview.js', 'docs/rules/no-budget.md',
        'l10n/bundle.l10n.hy.json', 'l10n/bundle.l10n.ru.json', 'language-configuration.json', 'media/icon.png',
        'media/walkthrough/hy/why.md', 'package.json', 'package.nls.json', 'package.nls.ru.json', 'schemas/smm.schema.json',
        'snippets/smm.code-snippets', 'syntaxes/smm.tmLanguage.json',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
