import type { Rule } from './rule';
import { duplicateId } from './duplicate-id';
import { unresolvedReference } from './unresolved-reference';
import { invalidRange } from './invalid-range';
import { noGoals } from './no-goals';
import { primaryGoalCount } from './primary-goal-count';
import { goalWithoutWhy } from './goal-without-why';
import { noAudience } from './no-audience';
import { audienceDemographicsIncomplete } from './audience-demographics-incomplete';
import { audienceGeographyMissing } from './audience-geography-missing';
import { audiencePsychographicsMissing } from './audience-psychographics-missing';
import { audienceNeedsMissing } from './audience-needs-missing';
import { audiencePlatformsUnknown } from './audience-platforms-unknown';
import { noValueProposition } from './no-value-proposition';
import { noChannels } from './no-channels';
import { channelAudienceFit } from './channel-audience-fit';
import { noCompetitorMonitoring } from './no-competitor-monitoring';
import { competitorActivityMissing } from './competitor-activity-missing';
import { audienceUnvalidated } from './audience-unvalidated';
import { executionBeforeAnswers } from './execution-before-answers';
import { goalNotMeasurable } from './goal-not-measurable';
import { goalNotTimeBound } from './goal-not-time-bound';
import { kpiMetricMismatch } from './kpi-metric-mismatch';
import { channelWithoutGoal } from './channel-without-goal';
import { orphanGoal } from './orphan-goal';
import { channelWithoutFrequency } from './channel-without-frequency';
import { noContentPillars } from './no-content-pillars';
import { pillarWithoutGoal } from './pillar-without-goal';
import { customerCareWithoutSla } from './customer-care-without-sla';
import { noBudget } from './no-budget';
import { noReportingCadence } from './no-reporting-cadence';

/** The rule catalogue of DOMAIN.md §5, in its order. Each rule lives in its own file with docs in docs/rules/<id>.md. */
export const RULES: readonly Rule[] = [
  duplicateId,
  unresolvedReference,
  invalidRange,
  noGoals,
  primaryGoalCount,
  goalWithoutWhy,
  noAudience,
  audienceDemographicsIncomplete,
  audienceGeographyMissing,
  audiencePsychographicsMissing,
  audienceNeedsMissing,
  audiencePlatformsUnknown,
  noValueProposition,
  noChannels,
  channelAudienceFit,
  noCompetitorMonitoring,
  competitorActivityMissing,
  audienceUnvalidated,
  executionBeforeAnswers,
  goalNotMeasurable,
  goalNotTimeBound,
  kpiMetricMismatch,
  channelWithoutGoal,
  orphanGoal,
  channelWithoutFrequency,
  noContentPillars,
  pillarWithoutGoal,
  customerCareWithoutSla,
  noBudget,
  noReportingCadence,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
