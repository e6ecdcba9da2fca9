/**
 * The indicator columns of an assessment: every catalogue indicator x side,
 * plus policy questions (from the built-in question list, else governance).
 * @module
 */
import {
  notScoredReason,
  type PolicyQuestion,
  policyQuestionIndex,
} from '../../template/catalogue/index.ts';
import type { Audience, CatalogueEntry, Side, Submission } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';

/** `unemployment` + `origin` -> `unemployment.origin`. */
export const iCodeOf = (indicator: string, side: Side): string => `${indicator}.${side}`;

/** A policy question without a catalogue entry becomes `policy.<question>`. */
export const policyIndicator = (
  question: string,
  catalogue: ReadonlyMap<string, CatalogueEntry>,
): string => (catalogue.has(question) ? question : `policy.${question}`);

/** The perspectives a column counts for: the framework's audience, else its side. */
function audienceOf(entry: CatalogueEntry, side: Side): Audience[] {
  if (side !== 'corridor') return [side];
  return entry.audience ?? ['migrants'];
}

function fromEntry(entry: CatalogueEntry, side: Side): IndicatorMeta {
  const reason = notScoredReason(entry);
  return {
    iCode: iCodeOf(entry.id, side),
    indicator: entry.id,
    name: entry.name,
    side,
    dimension: entry.dimension,
    unit: entry.unit,
    direction: entry.direction,
    weight: entry.weight,
    goalpostLower: entry.goalpostLower ?? entry.min,
    goalpostUpper: entry.goalpostUpper ?? entry.max,
    scored: reason === null,
    reason,
    source: entry.source,
    code: entry.code,
    ...(entry.scale ? { scale: entry.scale } : {}),
    audience: audienceOf(entry, side),
  };
}

function fromPolicy(
  question: string,
  side: Side,
  known: PolicyQuestion | undefined,
): IndicatorMeta {
  return {
    iCode: iCodeOf(`policy.${question}`, side),
    indicator: `policy.${question}`,
    name: known ? known.question : `Policy: ${question}`,
    side,
    dimension: known?.dimension ?? 'governance_policy',
    unit: 'score 0-100',
    direction: 1,
    weight: 1,
    goalpostLower: 0,
    goalpostUpper: 100,
    scored: true,
    reason: null,
    source: known?.source ?? 'Policy tab',
    code: known?.code ?? '',
    audience: side === 'corridor' ? ['migrants'] : [side],
  };
}

/**
 * Lists every indicator column: catalogue entries for each side they allow or
 * were reported for, and policy questions (scored 0/50/100, goalposts 0-100).
 * Order is stable: catalogue order, then sides in catalogue order, then policy.
 *
 * @example
 * indicatorMeta(submission).map((m) => m.iCode); // ['unemployment.origin', 'unemployment.destination', ...]
 */
export function indicatorMeta(submission: Submission): IndicatorMeta[] {
  const catalogue = new Map(submission.catalogue.map((e) => [e.id, e]));
  const sidesOf = new Map<string, Side[]>();
  const addSide = (indicator: string, side: Side) => {
    const sides = sidesOf.get(indicator) ?? [];
    if (!sides.includes(side)) sides.push(side);
    sidesOf.set(indicator, sides);
  };
  for (const e of submission.catalogue) for (const side of e.sides) addSide(e.id, side);
  // indexed, and runs of one indicator and side added once (a hot loop: 400k+ rows)
  const observations = submission.observations;
  let lastIndicator: string | undefined;
  let lastSide: Side | undefined;
  for (let k = 0; k < observations.length; k++) {
    const o = observations[k]!;
    if (o.indicator === lastIndicator && o.side === lastSide) continue;
    if (catalogue.has(o.indicator)) addSide(o.indicator, o.side);
    lastIndicator = o.indicator;
    lastSide = o.side;
  }
  const policy: [string, Side][] = [];
  for (const p of submission.policy) {
    const id = policyIndicator(p.question, catalogue);
    if (catalogue.has(id)) addSide(id, p.side);
    else if (!policy.some(([q, s]) => q === p.question && s === p.side))
      policy.push([p.question, p.side]);
  }
  const out: IndicatorMeta[] = [];
  for (const e of submission.catalogue) {
    for (const side of sidesOf.get(e.id) ?? []) {
      const same = e.sameAs?.[side];
      if (same !== undefined && catalogue.has(same)) {
        out.push({
          ...fromEntry(e, side),
          scored: false,
          reason: `the same as ${same}, which is scored`,
        });
        continue;
      }
      out.push({
        ...fromEntry(e, side),
        // core (global open data) and the team's own indicators are expected on their declared sides
        expected: (e.core === true || e.custom) && e.sides.includes(side),
      });
    }
  }
  const questions = policyQuestionIndex();
  for (const [question, side] of policy)
    out.push(fromPolicy(question, side, questions.get(question)));
  return out;
}
