/**
 * The normalisation methods by COINr name. Each entry receives the
 * direction-adjusted column and its own parameters; iMeta-driven methods
 * (targets, goalposts) read the indicator's row.
 * @module
 */
import type { EngineIssue, Failed } from '../../contract/issue.ts';
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

export type NormaliseResult = { ok: true; x: Float64Array } | Failed<EngineIssue>;

export interface NormaliseContext {
  meta: IMetaRow;
  /** The indicator's Direction (1 or -1), already applied to x. */
  dir: 1 | -1;
  units: readonly string[];
}

type MethodName = NormaliseOneSpec['method'];
type Normaliser<M extends MethodName> = (
  x: Float64Array,
  spec: Extract<NormaliseOneSpec, { method: M }>,
  ctx: NormaliseContext,
) => NormaliseResult;

const ok = (x: Float64Array): NormaliseResult => ({ ok: true, x });
const fail = (iCode: string, message: string): NormaliseResult => ({
  ok: false,
  issues: [{ code: 'insufficient_data', path: 'normalise', severity: 'error', iCode, message }],
});

/** Every normalisation method, by COINr name. */
export const NORMALISERS: { [M in MethodName]: Normaliser<M> } = {
  n_minmax: (x, s) => ok(nMinmax(x, s.params?.l_u)),
  n_zscore: (x, s) => ok(nZscore(x, s.params?.m_sd)),
  n_scaled: (x, s) => ok(nScaled(x, s.params?.npara, s.params?.scale_factor)),
  n_dist2max: (x) => ok(nDist2max(x)),
  n_dist2ref: (x, s, { meta, units }) => {
    const r = s.params.iref;
    const i = typeof r === 'string' ? units.indexOf(r) : r - 1;
    if (i < 0 || i >= units.length)
      return fail(meta.iCode, `iref ${JSON.stringify(r)} is not a unit of the data`);
    return ok(nDist2ref(x, i, s.params.cap_max ?? false));
  },
  n_dist2targ: (x, s, { meta, dir }) => {
    const p = s.params === undefined || s.params === 'use_iMeta' ? {} : s.params;
    const targ = p.targ ?? meta.Target;
    if (targ === undefined || !Number.isFinite(targ)) {
      return fail(
        meta.iCode,
        `n_dist2targ needs a Target for "${meta.iCode}" in iMeta; found none`,
      );
    }
    // x arrives multiplied by Direction; as in COINr only an iMeta target is
    // flipped with it, a target given in the spec applies to -x as given
    const t = p.targ !== undefined ? p.targ : targ * dir;
    return ok(nDist2targ(x, t, 1, p.cap_max ?? false));
  },
  n_fracmax: (x) => ok(nFracmax(x)),
  n_rank: (x, s) => ok(nRank(x, s.params?.ties_method)),
  n_prank: (x, s) => ok(nPrank(x, s.params?.ties_method)),
  n_borda: (x, s) => ok(nBorda(x, s.params?.ties_method)),
  n_goalposts: (x, s, { meta, dir }) => {
    if (s.params !== undefined && s.params !== 'use_iMeta') {
      // as in COINr, posts given in the spec apply to the direction-adjusted x as given
      return ok(nGoalposts(x, s.params.gposts, 1, s.params.trunc2posts ?? true));
    }
    const { goalpost_lower: lo, goalpost_upper: hi } = meta;
    if (lo === undefined || hi === undefined) {
      return fail(
        meta.iCode,
        `n_goalposts with "use_iMeta" needs goalpost_lower and goalpost_upper for "${meta.iCode}"; found none`,
      );
    }
    return ok(
      nGoalposts(x, [lo, hi, meta.goalpost_scale ?? 1], dir, meta.goalpost_trunc2posts ?? true),
    );
  },
  // a fresh array, so no data set shares the input column
  none: (x, _s, { dir }) => ok(dir === 1 ? x.slice() : x),
};
