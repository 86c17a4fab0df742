import * as vscode from 'vscode';
import { normaliseCustomizations, parseSeveritySetting, severityFor, withRuleSeverity, type SeveritySetting } from '../../core/config';
import { format, isLocale, type Locale } from '../../core/i18n/locale';
import { RULE_PROMPT, SEVERITY_CHOICES, SEVERITY_CURRENT, SEVERITY_PROMPT } from '../../core/language/severityChoices';
import { ruleById } from '../../core/rules';
import type { StrategyAnalysis } from '../analysis';
import { lintConfigFor } from '../config';
import { uiLocale } from '../l10n';

/**
 * Where the change is asked for: the file the problem is in (its folder's settings, its language),
 * and the answers, when already known (the rule among several, the severity).
 */
export interface SeverityTarget {
  readonly uri?: vscode.Uri;
  readonly locale?: Locale;
  readonly rule?: string;
  readonly severity?: SeveritySetting;
}

const SETTING = 'rules.customizations';
const ORDER: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

/**
 * "Change how '<rule>' is reported…", from the quick-fix menu: asks which rule (when the menu's
 * place has problems of several) and its new severity, unless given, then writes it to
 * `smm.rules.customizations` in the workspace settings (the user settings when no folder is
 * open). Nothing is written when the user dismisses a question.
 * @returns the rule and severity written, if any
 */
export async function changeRuleSeverity(analysis: StrategyAnalysis, rules: string | readonly string[], target: SeverityTarget = {}): Promise<{ rule: string; severity: SeveritySetting } | undefined> {
  const locale = isLocale(target.locale) ? target.locale : uiLocale(analysis);
  const candidates = typeof rules === 'string' ? [rules] : rules;
  const rule = target.rule ?? (candidates.length > 1 ? await askRule(candidates, locale) : candidates[0]);
  if (!rule) return undefined;
  const severity = target.severity === undefined ? await askSeverity(rule, target.uri, locale) : parseSeveritySetting(target.severity);
  if (!severity) return undefined;
  const settings = vscode.workspace.getConfiguration('smm', target.uri);
  const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  const inspected = settings.inspect<unknown>(SETTING);
  const current = inWorkspace ? inspected?.workspaceValue : inspected?.globalValue;
  await settings.update(SETTING, withRuleSeverity(current, rule, severity), inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  return { rule, severity };
}

async function askRule(rules: readonly string[], locale: Locale): Promise<string | undefined> {
  const items = rules.map((rule) => ({ label: rule, detail: ruleById(rule)?.description[locale], rule }));
  return (await vscode.window.showQuickPick(items, { placeHolder: RULE_PROMPT[locale] }))?.rule;
}

async function askSeverity(rule: string, uri: vscode.Uri | undefined, locale: Locale): Promise<SeveritySetting | undefined> {
  const customizations = normaliseCustomizations(uri ? lintConfigFor(uri).rules : undefined);
  const now = severityFor(rule, ruleById(rule)?.severity ?? 'error', customizations);
  const items = ORDER.map((severity) => ({
    label: SEVERITY_CHOICES[severity][locale],
    ...(severity === now ? { description: SEVERITY_CURRENT[locale] } : {}),
    severity,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: format(SEVERITY_PROMPT, locale, { rule }) });
  return picked?.severity;
}
