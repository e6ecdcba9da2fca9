/** Validates a pipeline spec (parsed JSON) against the schema. @module */
import { type Failed, type PathIssue, pathIssue } from '../contract/issue.ts';
import { type PipelineSpec, pipelineSpecSchema } from './spec.ts';

/**
 * @param json - the parsed JSON of a pipeline spec
 * @returns the typed spec, or every issue (code `invalid_spec`) with its dotted path, e.g. `normalise.params.l_u`
 * @example parsePipelineSpec({ normalise: { method: 'n_minmax' } }) // => { ok: true, spec }
 */
export function parsePipelineSpec(
  json: unknown,
): { ok: true; spec: PipelineSpec } | Failed<PathIssue> {
  const r = pipelineSpecSchema.safeParse(json);
  if (r.success) return { ok: true, spec: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) =>
      pathIssue(
        'invalid_spec',
        i.path.map(String).join('.') || '(root)',
        i.code === 'unrecognized_keys'
          ? `unknown key(s) ${i.keys.map((k) => `"${k}"`).join(', ')}`
          : i.message,
      ),
    ),
  };
}
