/**
 * The stated framework as Markdown tables, generated from the catalogue so
 * docs/framework.md cannot drift from what is scored.
 * @module
 */
import type { CatalogueEntry } from '../types.ts';
import { DIMENSION_FRAMEWORK, notScoredReason } from './framework.ts';
import { CATALOGUE, DIMENSIONS } from './index.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const DIRECTION: Record<number, string> = { 1: 'higher is better', [-1]: 'lower is better' };

function goalposts(e: CatalogueEntry): string {
  const lo = e.goalpostLower ?? e.min;
  const hi = e.goalpostUpper ?? e.max;
  const scale = e.scale === 'log' ? ' (log scale)' : '';
  const note = e.goalpostNote ? `; ${e.goalpostNote}` : '';
  return `${lo} - ${hi}${scale}${note}`;
}

/**
 * The dimension table (question, audience, role) and, per scored dimension,
 * the scored indicators with rationale, direction and goalposts; context
 * indicators are listed by name.
 * @param entries - catalogue entries (default: the built-in catalogue)
 * @returns Markdown
 * @example frameworkMarkdown().startsWith('| Dimension |') // => true
 */
export function frameworkMarkdown(entries: readonly CatalogueEntry[] = CATALOGUE): string {
  const out: string[] = [
    '| Dimension | Role | Question it answers | For whom |',
    '|---|---|---|---|',
  ];
  for (const d of DIMENSIONS) {
    const f = DIMENSION_FRAMEWORK[d.id];
    out.push(`| ${cell(d.label)} | ${f.role} | ${cell(f.question)} | ${f.audience.join(', ')} |`);
  }
  for (const d of DIMENSIONS) {
    const own = entries.filter((e) => e.dimension === d.id);
    const scored = own.filter((e) => notScoredReason(e) === null);
    const context = own.filter((e) => notScoredReason(e) !== null);
    out.push('', `### ${d.label}`, '');
    if (scored.length > 0) {
      out.push(
        '| Indicator | Sides | Core | Direction | Goalposts | Why it belongs |',
        '|---|---|---|---|---|---|',
      );
      for (const e of scored) {
        out.push(
          `| \`${e.id}\` ${cell(e.name)} (${cell(e.unit)}) | ${e.sides.join(', ')} | ${e.core ? 'yes' : ''} | ${DIRECTION[e.direction]} | ${cell(goalposts(e))} | ${cell(e.rationale ?? '')} |`,
        );
      }
    }
    if (context.length > 0) {
      const why =
        DIMENSION_FRAMEWORK[d.id].role === 'availability'
          ? 'Reported beside the score'
          : 'Context, shown but not scored';
      out.push('', `${why}: ${context.map((e) => `\`${e.id}\` ${e.name}`).join('; ')}.`);
    }
  }
  return `${out.join('\n')}\n`;
}
