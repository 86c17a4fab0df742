import * as vscode from 'vscode';
import type { LintConfig, RuleCustomization } from '../core/config';
import { isLocale, pickLocale, type Locale } from '../core/i18n/locale';

export const LANGUAGE_ID = 'smm-strategy';

/**
 * Where strategy documents live: on disk, unsaved, and in the workspaces of remote and web
 * editors (a web worker connected to a server such as code-server, vscode.dev's repositories, the
 * web test harness). Other schemes hold copies that are not the user's file: the old side of a
 * diff (`git:`), output channels, source control input. Problems or fixes there would be noise.
 */
const SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web'];

/** The documents every feature serves; {@link isStrategyDocument} is the same test in code. */
export const SELECTOR: readonly vscode.DocumentFilter[] = SCHEMES.map((scheme) => ({ language: LANGUAGE_ID, scheme }));

export function isStrategyDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match(SELECTOR, document) > 0;
}

/** The settings of DOMAIN's `smm.` namespace that the linter reads, for one resource. */
export function lintConfigFor(document: vscode.TextDocument | vscode.Uri): LintConfig & { enabled: boolean } {
  const uri = 'uri' in document ? document.uri : document;
  const settings = vscode.workspace.getConfiguration('smm', uri);
  const rules = settings.get<RuleCustomization[] | Record<string, string>>('rules.customizations', []);
  const locale = localeSetting(settings.get<string>('locale', 'auto'));
  return {
    enabled: settings.get<boolean>('validation.enabled', true),
    rules: rules as LintConfig['rules'],
    fallbackLocale: pickLocale(vscode.env.language),
    ...(locale ? { locale } : {}),
  };
}

/**
 * `auto` lets the file's own `locale:` decide (the linter does that when no locale is given);
 * an explicit language wins over the file.
 */
function localeSetting(value: string | undefined): Locale | undefined {
  return isLocale(value) ? value : undefined;
}

/** The settings of workspace-wide linting. Their ids are the package.json contributions. */
export const WORKSPACE_LINT = {
  enabled: 'lintWorkspace',
  maxFiles: 'lintWorkspaceMaxFiles',
  maxFileSizeKB: 'lintWorkspaceMaxFileSizeKB',
} as const;

export interface WorkspaceLintSettings {
  /** Keep every strategy file of the workspace checked, not only the open ones. */
  readonly enabled: boolean;
  readonly maxFiles: number;
  readonly maxFileBytes: number;
}

export function workspaceLintSettings(): WorkspaceLintSettings {
  const settings = vscode.workspace.getConfiguration('smm');
  return {
    enabled: settings.get<boolean>(WORKSPACE_LINT.enabled, false),
    maxFiles: positiveInteger(settings.get(WORKSPACE_LINT.maxFiles), 500),
    maxFileBytes: positiveInteger(settings.get(WORKSPACE_LINT.maxFileSizeKB), 1024) * 1024,
  };
}

/** The manifest's `minimum` only guides the settings editor; a hand-written value may be anything. */
function positiveInteger(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : fallback;
}
