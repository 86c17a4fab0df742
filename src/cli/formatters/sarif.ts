import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Log, Region, ReportingDescriptor, Result } from 'sarif';
import type { Range, Severity } from '../../core/problem';
import type { Rule } from '../../core/rules/rule';
import { REPO_URL, SCHEMA_URL, ruleDocsUri } from '../links';
import type { FileReport } from '../report';
import { escapeJsonForTerminal } from '../terminal';

/*
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), typed by @types/sarif: the whole
 * official object model, so a misspelt or misplaced property is a compile error. Types only, so
 * nothing is added to the bundle.
 */

export interface SarifOptions {
  /** The tool's version (package.json). */
  readonly version: string;
  /** Paths inside it are written relative to `%SRCROOT%`, so results do not depend on the CI machine. */
  readonly cwd: string;
  /** The rule catalogue, for descriptors of rules that found nothing too. */
  readonly rules: readonly Rule[];
}

/** The base id of relative artifact URIs; code-scanning services resolve it to the checkout. */
export const SRCROOT = 'SRCROOT';

/** SARIF's name for each of our severities. */
const LEVELS: { readonly [S in Severity]: Result.level } = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A SARIF 2.1.0 log with one run. `tool.driver.rules` lists the whole catalogue (so a code-scanning
 * service can show every rule's help) plus the `syntax` and `schema/<keyword>` ids that occur;
 * results point into it with `ruleIndex`. Lines and columns are 1-based and columns count UTF-16
 * code units, which the run declares with `columnKind`.
 */
export function toSarif(reports: readonly FileReport[], options: SarifOptions): Log {
  const descriptors: ReportingDescriptor[] = options.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description.en },
    fullDescription: { text: rule.rationale.en },
    helpUri: ruleDocsUri(rule.id),
    defaultConfiguration: { level: LEVELS[rule.severity] },
  }));
  const occurring = new Set(reports.flatMap((r) => r.problems.map((p) => p.rule)));
  const known = new Set(descriptors.map((d) => d.id));
  const extra = [...occurring].filter((id) => !known.has(id)).sort(extraOrder);
  for (const id of extra) descriptors.push(extraDescriptor(id));
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));

  const artifacts = reports.map((r) => ({ location: artifactLocation(r.absolute, options.cwd) }));
  const results: Result[] = [];
  reports.forEach((report, index) => {
    const location = { ...artifactLocation(report.absolute, options.cwd), index };
    for (const p of report.problems) {
      const related = (p.related ?? []).map((place, id) => ({
        id,
        message: { text: place.message },
        physicalLocation: { artifactLocation: location, region: region(place.range) },
      }));
      results.push({
        ruleId: p.rule,
        ruleIndex: ruleIndex.get(p.rule) ?? 0,
        level: LEVELS[p.severity],
        message: { text: p.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(p.range) } }],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
      });
    }
  });

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'smm-strategy',
            version: options.version,
            semanticVersion: options.version,
            informationUri: REPO_URL,
            rules: descriptors,
          },
        },
        // A base URI must end with '/' (SARIF §3.14.14), or relative URIs resolve against its parent.
        originalUriBaseIds: { [SRCROOT]: { uri: withTrailingSlash(pathToFileURL(options.cwd).href) } },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
  return escapeJsonForTerminal(JSON.stringify(toSarif(reports, options), null, 2)) + '\n';
}

/** SARIF regions are 1-based and `endColumn` is exclusive, so 0-based LSP positions just shift by one. */
function region(range: Range): Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** Relative to `%SRCROOT%` (percent-encoded, `/`-separated) inside the working directory, else an absolute file URI. */
function artifactLocation(absolute: string, cwd: string): ArtifactLocation {
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function withTrailingSlash(uri: string): string {
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** `syntax` first, then `schema/*` and anything else in code-unit order, so runs diff cleanly. */
function extraOrder(a: string, b: string): number {
  if (a === 'syntax' || b === 'syntax') return a === 'syntax' ? (b === 'syntax' ? 0 : -1) : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function extraDescriptor(id: string): ReportingDescriptor {
  if (id === 'syntax') {
    return {
      id,
      shortDescription: { text: 'The file is not valid YAML, or not a text file.' },
      fullDescription: { text: 'A strategy is a UTF-8 YAML 1.2 text. Until a syntax error is fixed, the schema and the rules cannot check the file.' },
      helpUri: 'https://yaml.org/spec/1.2.2/',
      defaultConfiguration: { level: 'error' },
    };
  }
  if (id === 'schema' || id.startsWith('schema/')) {
    const keyword = id.slice('schema/'.length);
    return {
      id,
      shortDescription: { text: `The strategy does not match the strategy JSON Schema${keyword ? ` (${keyword})` : ''}.` },
      fullDescription: {
        text: 'Keys, value types, enums and id patterns are checked against schemas/smm.schema.json, so a typo such as "netwrok:" is caught before any rule runs.',
      },
      helpUri: SCHEMA_URL,
      defaultConfiguration: { level: 'error' },
    };
  }
  // A rule id this version has no descriptor for (a newer core, say): still a valid descriptor.
  return { id, shortDescription: { text: id }, fullDescription: { text: id }, defaultConfiguration: { level: 'warning' } };
}
