/** A. Root causes and structural asymmetries. @module */
import { defineDimension } from './define.ts';

export const ROOT_CAUSES = defineDimension('root_causes', [
  { id: 'gdp_pc_ppp_ratio', name: 'GDP per capita (PPP) ratio, destination to origin', unit: 'ratio D/O', sides: 'C', direction: 0, min: 0.1, max: 60, source: 'World Bank WDI', code: 'NY.GDP.PCAP.PP.KD' },
  { id: 'gdp_pc_usd', name: 'GDP per capita', unit: 'US$', sides: 'O', direction: 1, min: 200, max: 130000, source: 'World Bank WDI', code: 'NY.GDP.PCAP.CD' },
  { id: 'hdi_gap', name: 'Human Development Index gap, destination minus origin', unit: 'HDI points', sides: 'C', direction: -1, min: -0.2, max: 0.6, source: 'UNDP Human Development Report', code: 'HDI' },
  { id: 'poverty_extreme', name: 'Extreme poverty headcount', unit: '% of population', sides: 'O', direction: -1, min: 0, max: 80, source: 'World Bank WDI', code: 'SI.POV.DDAY', goalposts: [0, 80] },
  { id: 'gini', name: 'Gini index', unit: 'index', sides: 'O', direction: -1, min: 24, max: 65, source: 'World Bank WDI', code: 'SI.POV.GINI' },
  { id: 'unemployment', name: 'Unemployment rate', unit: '% of labour force', sides: 'O', direction: -1, min: 0, max: 35, source: 'World Bank WDI (ILO modelled)', code: 'SL.UEM.TOTL.ZS' },
  { id: 'youth_unemployment', name: 'Youth unemployment rate (15-24)', unit: '% of youth labour force', sides: 'O', direction: -1, min: 0, max: 70, source: 'World Bank WDI (ILO modelled)', code: 'SL.UEM.1524.ZS' },
  { id: 'vulnerable_employment', name: 'Vulnerable employment', unit: '% of employment', sides: 'O', direction: -1, min: 0, max: 95, source: 'World Bank WDI (ILO modelled)', code: 'SL.EMP.VULN.ZS' },
  { id: 'wage_ratio', name: 'Monthly earnings ratio (PPP), destination to origin', unit: 'ratio D/O', sides: 'C', direction: 0, min: 0.1, max: 30, source: 'ILOSTAT earnings', code: 'EAR_4MTH_SEX_ECO_CUR_NB' },
  { id: 'political_stability', name: 'Political stability and absence of violence', unit: 'WGI estimate', sides: 'O', direction: 1, min: -3, max: 2, source: 'World Bank Worldwide Governance Indicators', code: 'PV.EST', goalposts: [-2.5, 2.5] },
  { id: 'homicide_rate', name: 'Intentional homicides', unit: 'per 100,000 people', sides: 'O', direction: -1, min: 0, max: 60, source: 'World Bank WDI (UNODC)', code: 'VC.IHR.PSRC.P5' },
  { id: 'disaster_displacement', name: 'New disaster displacements', unit: 'per 1,000 people', sides: 'O', direction: -1, min: 0, max: 100, source: 'IDMC Global Internal Displacement Database', code: 'IDMC_GIDD_DISASTER' },
]);
