/**
 * The corridors a template is generated for, normalised (upper-case codes,
 * reference period filled in) and checked.
 * @module
 */
import { type Issue, issue } from '../../contract/issue.ts';
import { corridorId } from '../corridor-id.ts';
import { checkCountry } from '../countries.ts';

export interface CorridorSpec {
  origin: string;
  transit?: string;
  destination: string;
  periodStart?: number;
  periodEnd?: number;
}

export interface PlannedCorridor {
  id: string;
  origin: string;
  transit?: string;
  destination: string;
  periodStart: number;
  periodEnd: number;
}

/** Default reference period: the ten years up to the generation year. */
export const DEFAULT_PERIOD_YEARS = 10;

function generationYear(generatedAt: string): number {
  const year = Number(generatedAt.slice(0, 4));
  return Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : 2025;
}

/** Upper-cases codes and fills a missing period with the ten years up to `generatedAt`. */
export function planCorridor(spec: CorridorSpec, generatedAt: string): PlannedCorridor {
  const origin = spec.origin.trim().toUpperCase();
  const destination = spec.destination.trim().toUpperCase();
  const transit = spec.transit?.trim().toUpperCase() || undefined;
  const periodEnd = spec.periodEnd ?? generationYear(generatedAt);
  const periodStart = spec.periodStart ?? periodEnd - DEFAULT_PERIOD_YEARS + 1;
  return {
    id: corridorId(origin, destination, transit),
    origin,
    ...(transit ? { transit } : {}),
    destination,
    periodStart,
    periodEnd,
  };
}

/**
 * Checks requested corridors before a template is built: codes, distinct
 * ends, period order, no repeats. `where` names the request item in messages.
 */
export function checkCorridorSpecs(specs: readonly CorridorSpec[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  specs.forEach((spec, i) => {
    const where = `corridor ${i + 1}`;
    for (const [role, code] of [
      ['origin', spec.origin],
      ['transit', spec.transit],
      ['destination', spec.destination],
    ] as const) {
      if (code === undefined || (role === 'transit' && code.trim() === '')) continue;
      const c = checkCountry(code);
      if (c.kind === 'unknown') {
        issues.push(
          issue(
            'unknown_country',
            where,
            `${where} ${role} expects an ISO 3166 alpha-3 code such as MEX, found "${code}"`,
          ),
        );
      } else if (c.kind === 'non_iso') {
        issues.push(
          issue(
            'unknown_country',
            where,
            `${where} ${role} "${c.code}" is not ISO 3166 alpha-3 (${c.name}); accepted`,
            'warning',
          ),
        );
      }
    }
    const p = planCorridor(spec, '2025');
    if (p.origin === p.destination) {
      issues.push(
        issue(
          'inconsistent',
          where,
          `${where} expects different origin and destination, found ${p.origin} for both`,
        ),
      );
    }
    if (
      spec.periodStart !== undefined &&
      spec.periodEnd !== undefined &&
      spec.periodStart > spec.periodEnd
    ) {
      issues.push(
        issue(
          'inconsistent',
          where,
          `${where} expects period start <= period end, found ${spec.periodStart} > ${spec.periodEnd}`,
        ),
      );
    }
    if (seen.has(p.id)) issues.push(issue('duplicate', where, `${where} repeats corridor ${p.id}`));
    seen.add(p.id);
  });
  return issues;
}
