/**
 * `npx tsx scripts/framework/derive-goalposts.ts`: the goalposts the
 * framework derives from the committed open-data pack (the distribution of
 * every pair or country in it), beside what the catalogue states.
 * @module
 */
import { loadPack } from '../../src/adapters/pack/index.ts';
import { INDICATOR_FRAMEWORK } from '../../src/core/template/catalogue/framework.ts';
import { deriveGoalposts, PACK_GOALPOSTS } from './pack-goalposts.ts';

const pack = loadPack(process.argv[2] ?? 'data/pack');
for (const spec of PACK_GOALPOSTS) {
  const r = deriveGoalposts(pack, spec);
  const stated = INDICATOR_FRAMEWORK[spec.id]?.goalposts;
  const [p0, p1] = spec.percentiles.map((p) => `${Math.round(p * 100)}th`);
  console.log(
    `${spec.id}: ${r.goalposts[0]} - ${r.goalposts[1]} (exact ${r.exact[0].toPrecision(4)} - ${r.exact[1].toPrecision(4)}); ` +
      `${p0} and ${p1} percentiles${spec.scale === 'log' ? ' of log10' : ''} over ${r.units} ${spec.unit === 'pair' ? 'pairs' : 'countries'}, ` +
      `${spec.years[0]}-${spec.years[1]}, ${r.values} ${spec.unit}-years (${r.zeros} zeros); ` +
      `catalogue: ${stated ? stated.join(' - ') : 'none'}${stated && stated[0] === r.goalposts[0] && stated[1] === r.goalposts[1] ? ' (equal)' : ' (DIFFERENT)'}`,
  );
}
