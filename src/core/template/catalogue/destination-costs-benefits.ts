/** D. Costs and benefits for the destination. @module */
import { defineDimension } from './define.ts';

export const DESTINATION_COSTS_BENEFITS = defineDimension('destination_costs_benefits', [
  { id: 'employment_rate_gap', name: 'Employment rate gap, foreign-born minus native-born', unit: 'percentage points', sides: 'D', direction: 1, min: -30, max: 20, source: 'OECD Settling In; ILOSTAT', code: 'OECD_SETTLING_IN_EMP' },
  { id: 'migrant_unemployment', name: 'Unemployment rate of migrants', unit: '% of migrant labour force', sides: 'D', direction: -1, min: 0, max: 40, source: 'ILOSTAT', code: 'UNE_DEAP_SEX_AGE_CBR_RT' },
  { id: 'migrant_pay_gap', name: 'Pay gap between nationals and migrants', unit: '%', sides: 'D', direction: -1, min: -10, max: 45, source: 'ILO Global Wage Report; labour force surveys', code: 'ILO_GWR_MIGRANT_GAP' },
  { id: 'overqualification', name: 'Over-qualification rate of migrants', unit: '% of employed tertiary-educated', sides: 'D', direction: -1, min: 10, max: 60, source: 'OECD / Eurostat', code: 'lfsa_eoqgan' },
  { id: 'remittance_outflow_gdp', name: 'Personal remittances paid', unit: '% of GDP', sides: 'D', direction: 0, min: 0, max: 15, source: 'World Bank WDI', code: 'BM.TRF.PWKR.CD.DT / NY.GDP.MKTP.CD' },
  { id: 'migrant_share_essential_sectors', name: 'Migrants among essential-sector workers', unit: '%', sides: 'D', direction: 0, min: 0, max: 80, source: 'Labour force surveys', code: 'LFS' },
  { id: 'net_fiscal_contribution', name: 'Net fiscal contribution of migrants', unit: '% of GDP', sides: 'D', direction: 1, min: -1, max: 1, source: 'OECD International Migration Outlook', code: 'OECD_IMO_FISCAL' },
]);
