/** Validates a pipeline spec (parsed JSON) against the schema. @module */
import { type PipelineSpec, pipelineSpecSchema } from './spec.ts';

export interface SpecIssue {
  /** Dotted path into the spec, e.g. `normalise.params.l_u`. */
  path: string;
  message: string;
}

/**
 * @param json - the parsed JSON of a pipeline spec
 * @returns the typed spec, or every issue with its path
 * @example parsePipelineSpec({ normalise: { method: 'n_minmax' } }) // => { ok: true, spec }
 */
export function parsePipelineSpec(
  json: unknown,
): { ok: true; spec: PipelineSpec } | { ok: false; issues: SpecIssue[] } {
  const r = pipelineSpecSchema.safeParse(json);
  if (r.success) return { ok: true, spec: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(root)',
      message:
        i.code === 'unrecognized_keys'
          ? `unknown key(s) ${i.keys.map((k) => `"${k}"`).join(', ')}`
          : i.message,
    })),
  };
}
