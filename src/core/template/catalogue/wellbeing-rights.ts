/** E. Migrants' well-being and human rights. @module */
import { defineDimension } from './define.ts';

export const WELLBEING_RIGHTS = defineDimension('wellbeing_rights', [
  { id: 'recruitment_cost_ratio', name: 'Recruitment cost borne by the worker', unit: '% of monthly earnings', sides: 'C/M', direction: -1, min: 0, max: 1200, source: 'SDG 10.7.1 (ILO / World Bank KNOMAD surveys)', code: 'SL_EMP_RCOST_MO' },
  { id: 'icrmw_ratified', name: 'Migrant Workers Convention (ICRMW) ratified', unit: '0/1', sides: 'O/D/T', direction: 1, min: 0, max: 1, source: 'OHCHR treaty database', code: 'OHCHR_ICRMW', goalposts: [0, 1] },
  { id: 'ilo_migrant_conventions', name: 'ILO migrant conventions ratified (C97, C143, C189)', unit: 'count', sides: 'O/D', direction: 1, min: 0, max: 3, source: 'ILO NORMLEX', code: 'NORMLEX_C97_C143_C189', goalposts: [0, 3] },
  { id: 'mipex_overall', name: 'MIPEX overall score', unit: 'score 0-100', sides: 'D', direction: 1, min: 0, max: 100, source: 'MIPEX', code: 'MIPEX', goalposts: [0, 100] },
  { id: 'mipex_antidiscrimination', name: 'MIPEX anti-discrimination score', unit: 'score 0-100', sides: 'D', direction: 1, min: 0, max: 100, source: 'MIPEX', code: 'MIPEX_ANTIDISCRIMINATION', goalposts: [0, 100] },
  { id: 'mipex_health', name: 'MIPEX health score', unit: 'score 0-100', sides: 'D', direction: 1, min: 0, max: 100, source: 'MIPEX', code: 'MIPEX_HEALTH', goalposts: [0, 100] },
  { id: 'migrant_poverty_gap', name: 'At-risk-of-poverty gap, migrants minus natives', unit: 'percentage points', sides: 'D', direction: -1, min: -5, max: 30, source: 'Eurostat / OECD', code: 'ilc_li32' },
  { id: 'occupational_injury_migrants', name: 'Fatal and non-fatal occupational injuries of migrant workers', unit: 'per 100,000 workers', sides: 'D', direction: -1, min: 0, max: 30, source: 'SDG 8.8.1 by migrant status (ILOSTAT)', code: 'SL_EMP_INJUR' },
  { id: 'migrant_acceptance', name: 'Migrant Acceptance Index', unit: 'score 0-9', sides: 'D/T', direction: 1, min: 1.5, max: 8.3, source: 'Gallup Migrant Acceptance Index', code: 'GALLUP_MAI', goalposts: [0, 9] },
  { id: 'trafficking_victims', name: 'Detected trafficking victims from the origin', unit: 'persons', sides: 'C', direction: -1, min: 0, max: 5000, source: 'UNODC Global Report on Trafficking in Persons', code: 'UNODC_GLOTIP' },
  { id: 'removal_rate', name: 'Removals of origin nationals', unit: 'per 1,000 corridor migrants', sides: 'C', direction: -1, min: 0, max: 100, source: 'National administrative data (e.g. Eurostat migr_eirtn)', code: 'migr_eirtn' },
]);
