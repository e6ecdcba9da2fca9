/** C. Costs and benefits for the origin. @module */
import { defineDimension } from './define.ts';

export const ORIGIN_COSTS_BENEFITS = defineDimension('origin_costs_benefits', [
  { id: 'remittances_gdp', name: 'Personal remittances received', unit: '% of GDP', sides: 'O', direction: 0, min: 0, max: 50, source: 'World Bank WDI', code: 'BX.TRF.PWKR.DT.GD.ZS' },
  { id: 'corridor_remittances', name: 'Remittances from destination to origin', unit: 'US$ million', sides: 'C', direction: 0, min: 0, max: 65000, source: 'KNOMAD bilateral remittance matrix (modelled)', code: 'KNOMAD_BRM' },
  { id: 'remittance_per_migrant', name: 'Remittances per corridor migrant', unit: 'US$ per year', sides: 'C', direction: 0, min: 100, max: 15000, source: 'Derived: corridor_remittances / corridor_stock', code: 'derived' },
  { id: 'corridor_remit_cost', name: 'Cost of sending US$200 in the corridor', unit: '% of US$200 sent', sides: 'C', direction: -1, min: 1, max: 20, source: 'World Bank Remittance Prices Worldwide (SDG 10.c.1)', code: 'SI_RMT_COST_BC', goalposts: [3, 15] },
  { id: 'remit_cost_inbound', name: 'Average cost of sending remittances to the origin', unit: '% of amount sent', sides: 'O', direction: -1, min: 2, max: 20, source: 'World Bank WDI (Remittance Prices Worldwide)', code: 'SI.RMT.COST.IB.ZS', goalposts: [3, 15] },
  { id: 'remittances_vs_fdi_oda', name: 'Remittances relative to FDI plus ODA', unit: 'ratio', sides: 'O', direction: 0, min: 0, max: 50, source: 'World Bank WDI', code: 'BX.TRF.PWKR.CD.DT / (BX.KLT.DINV.CD.WD + DT.ODA.ODAT.CD)' },
  { id: 'adults_receiving_remittances', name: 'Adults who received domestic or international remittances', unit: '% aged 15+', sides: 'O', direction: 0, min: 0, max: 60, source: 'World Bank Global Findex', code: 'FINDEX_REMIT_RECEIVED' },
  { id: 'physician_emigration', name: 'Physicians working abroad', unit: '% of home stock', sides: 'O', direction: -1, min: 0, max: 200, source: 'OECD health workforce migration database', code: 'OECD_HEALTH_WFMI' },
  { id: 'education_cost_transfer', name: 'Public education spending embodied in corridor migrants', unit: 'US$ million', sides: 'C', direction: -1, min: 0, max: 100000, source: 'Derived: stock x attainment x public spending per student (UNESCO UIS)', code: 'derived' },
]);
