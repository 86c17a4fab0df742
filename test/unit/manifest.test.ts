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
  readonly contributes: { readonly configuration: { readonly properties: Readonly<Record<string, Setting>> } };
}

interface Setting {
  readonly scope?: string;
  readonly markdownDescription?: string;
  readonly description?: string;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const settings = manifest.contributes.configuration.properties;

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
      const description = setting.markdownDescription ?? setting.description ?? '';
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
  /** Every `l10n.t('…')` of the host: the English text is the key of its translations. */
  function hostTexts(): string[] {
    const texts: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith('.ts')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) texts.push(m[1]!.replace(/\\(.)/g, '$1'));
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

describe('the .vsix', () => {
  it('holds the extension bundles and what the manifest points at, not the CLI, tests, maps or sources', async () => {
    // The rules of .vscodeignore applied by vsce itself, to a stand-in tree of the files a build leaves.
    const dir = mkdtempSync(join(tmpdir(), 'smm-vsix-'));
    try {
      for (const file of ['package.json', '.vscodeignore']) writeFileSync(join(dir, file), readFileSync(join(ROOT, file)));
      const present = [
        'dist/extension.js', 'dist/extension.js.map', 'dist/web/extension.js', 'dist/web/extension.js.map', 'dist/cli.js',
        'dist/webview/preview.js', 'dist/webview/preview.js.map', 'dist/webview/preview.css',
        'dist/cli.js.map', 'dist/smm-strategy.vsix', 'dist/test/integration/index.js', 'dist/test/web/index.js',
        'src/extension.ts', 'test/unit/manifest.test.ts', 'l10n/bundle.l10n.hy.json', 'l10n/bundle.l10n.ru.json',
        'schemas/smm.schema.json', 'media/icon.png', 'docs/rules/no-budget.md', 'syntaxes/smm.tmLanguage.json',
        'language-configuration.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'examples/mistakes.smm.yaml', 'tsconfig.json',
      ];
      for (const file of present) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), '');
      }
      const packaged = (await listFiles({ cwd: dir, packageManager: PackageManager.None })).map((f) => f.replace(/\\/g, '/')).sort();
      assert.deepEqual(packaged, [
        'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/extension.js', 'dist/web/extension.js', 'dist/webview/preview.css',
        'dist/webview/preview.js', 'docs/rules/no-budget.md',
        'l10n/bundle.l10n.hy.json', 'l10n/bundle.l10n.ru.json', 'language-configuration.json', 'media/icon.png', 'package.json',
        'schemas/smm.schema.json', 'syntaxes/smm.tmLanguage.json',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
