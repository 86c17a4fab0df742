/**
 * The plan renderer: a linted strategy as a readable plan (markdown and HTML), and as a
 * standalone page for export. Editor-independent, like the rest of the core.
 */
export { PlanRenderer, renderPlan, type RenderedPlan } from './plan';
export { planDocument } from './document';
