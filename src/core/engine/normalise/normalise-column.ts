/**
 * Normalises one indicator column by a spec: direction first, then the method,
 * with targets and goalposts taken from iMeta when asked.
 * @module
 */
import type { NormaliseOneSpec } from '../spec.ts';
import type { IMetaRow } from '../types.ts';
import { nBorda } from './n-borda.ts';
import { nDist2max } from './n-dist2max.ts';
import { nDist2ref } from './n-dist2ref.ts';
import { nDist2targ } from './n-dist2targ.ts';
import { nFracmax } from './n-fracmax.ts';
import { nGoalposts } from './n-goalposts.ts';
import { nMinmax } from './n-minmax.ts';
import { nPrank } from './n-prank.ts';
import { nRank } from './n-rank.ts';
import { nScaled } from './n-scaled.ts';
import { nZscore } from './n-zscore.ts';

/**
 * @param raw - the indicator's values (not yet direction-adjusted)
 * @param spec - method and COINr parameters
 * @param meta - the indicator's iMeta row
 * @param units - unit codes (for `iref` given as a uCode)
 * @returns the normalised column, or a message naming what is missing
 * @example normaliseColumn(x, { method: 'n_minmax' }, row, units)
 */
export function normaliseColumn(
  raw: Float64Array,
  spec: NormaliseOneSpec,
  meta: IMetaRow,
  units: readonly string[],
): { ok: true; x: Float64Array } | { ok: false; message: string } {
  const dir = meta.Direction === -1 ? -1 : 1;
  const x = dir === 1 ? raw : negate(raw);
  switch (spec.method) {
    case 'n_minmax':
      return { ok: true, x: nMinmax(x, spec.params?.l_u) };
    case 'n_zscore':
      return { ok: true, x: nZscore(x, spec.params?.m_sd) };
    case 'n_scaled':
      return { ok: true, x: nScaled(x, spec.params?.npara, spec.params?.scale_factor) };
    case 'n_dist2max':
      return { ok: true, x: nDist2max(x) };
    case 'n_dist2ref': {
      const r = spec.params.iref;
      const i = typeof r === 'string' ? units.indexOf(r) : r - 1;
      if (i < 0 || i >= units.length)
        return { ok: false, message: `iref ${JSON.stringify(r)} is not a unit of the data` };
      return { ok: true, x: nDist2ref(x, i, spec.params.cap_max ?? false) };
    }
    case 'n_dist2targ': {
      const p = spec.params === undefined || spec.params === 'use_iMeta' ? {} : spec.params;
      const targ = p.targ ?? meta.Target;
      if (targ === undefined || !Number.isFinite(targ)) {
        return {
          ok: false,
          message: `n_dist2targ needs a Target for "${meta.iCode}" in iMeta; found none`,
        };
      }
      return { ok: true, x: nDist2targ(x, targ * dir, 1, p.cap_max ?? false) };
    }
    case 'n_fracmax':
      return { ok: true, x: nFracmax(x) };
    case 'n_rank':
      return { ok: true, x: nRank(x, spec.params?.ties_method) };
    case 'n_prank':
      return { ok: true, x: nPrank(x, spec.params?.ties_method) };
    case 'n_borda':
      return { ok: true, x: nBorda(x, spec.params?.ties_method) };
    case 'n_goalposts': {
      if (spec.params !== undefined && spec.params !== 'use_iMeta') {
        return {
          ok: true,
          x: nGoalposts(x, spec.params.gposts, dir, spec.params.trunc2posts ?? true),
        };
      }
      const { goalpost_lower: lo, goalpost_upper: hi } = meta;
      if (lo === undefined || hi === undefined) {
        return {
          ok: false,
          message: `n_goalposts with "use_iMeta" needs goalpost_lower and goalpost_upper for "${meta.iCode}"; found none`,
        };
      }
      return {
        ok: true,
        x: nGoalposts(
          x,
          [lo, hi, meta.goalpost_scale ?? 1],
          dir,
          meta.goalpost_trunc2posts ?? true,
        ),
      };
    }
    case 'none':
      return { ok: true, x: dir === 1 ? raw.slice() : x };
  }
}

function negate(x: Float64Array): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = -x[i]!;
  return out;
}
