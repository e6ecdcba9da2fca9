import { describe, expect, test } from 'vitest';
import {
  CATALOGUE,
  catalogueIndex,
  DIMENSION_IDS,
  POLICY_QUESTIONS,
} from '../../src/core/template/catalogue/index.ts';

describe('the built-in catalogue', () => {
  test('holds the 67 framework indicators, the two totals used by consistency checks and the open-data additions', () => {
    const openData = [
      'wgi_political_stability',
      'wgi_rule_of_law',
      'wgi_voice_accountability',
      'wgi_government_effectiveness',
      'wgi_regulatory_quality',
      'wgi_control_of_corruption',
      'youth_unemployment_female',
      'youth_unemployment_male',
      'vulnerable_employment_female',
      'vulnerable_employment_male',
      'tertiary_enrolment',
      'oda_received_pct_gni',
      'fdi_net_inflows_usd',
      'icrmw_ratified_origin',
      'icrmw_ratified_destination',
      'visa_required',
      'corridor_deaths_per_100k_migrants',
      'refugees_per_100k_origin_pop',
      'corridor_refugees_share',
    ];
    const ids = CATALOGUE.map((e) => e.id);
    for (const id of openData) expect(ids, id).toContain(id);
    expect(
      CATALOGUE.filter((e) => ![...openData, 'emigrants_total', 'immigrants_total'].includes(e.id)),
    ).toHaveLength(67);
  });

  test('has unique snake_case ids and covers all eight dimensions', () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(new Set(CATALOGUE.map((e) => e.dimension))).toEqual(new Set(DIMENSION_IDS));
  });

  test('gives every entry a plausible range, a source, a side and built-in status', () => {
    for (const e of CATALOGUE) {
      expect(e.min, e.id).toBeLessThan(e.max);
      expect(e.source.length, e.id).toBeGreaterThan(0);
      expect(e.sides.length, e.id).toBeGreaterThan(0);
      expect(e.custom).toBe(false);
      if (e.goalpostLower !== undefined) expect(e.goalpostLower).toBeLessThan(e.goalpostUpper!);
    }
  });

  test('keeps the official codes of the framework, e.g. the RPW corridor cost series', () => {
    const byId = catalogueIndex(CATALOGUE);
    expect(byId.get('corridor_remit_cost')).toMatchObject({
      code: 'SI_RMT_COST_BC',
      unit: '% of US$200 sent',
      direction: -1,
      min: 0,
      max: 35,
      goalpostLower: 3,
      goalpostUpper: 15,
      sides: ['corridor'],
    });
    expect(byId.get('net_migration_rate')?.sides).toEqual(['origin', 'destination']);
    expect(byId.get('corridor_stock')?.direction).toBe(0);
  });
});

describe('the policy questions', () => {
  test('score every answer option 0, 50 or 100 and reach both 0 and 100', () => {
    for (const q of POLICY_QUESTIONS) {
      for (const o of q.options) expect([0, 50, 100]).toContain(o.score);
      expect(Math.min(...q.options.map((o) => o.score)), q.id).toBe(0);
      expect(Math.max(...q.options.map((o) => o.score)), q.id).toBe(100);
    }
  });

  test('cover the ICRMW, ILO conventions, agreements, visas, diaspora, GCM and the six SDG 10.7.2 domains', () => {
    const ids = POLICY_QUESTIONS.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'icrmw',
        'ilo_c97',
        'ilo_c143',
        'ilo_c189',
        'bla',
        'ssa',
        'visa_access',
        'diaspora_body',
        'gcm_review',
        'sdg1072_domain1',
        'sdg1072_domain6',
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});
