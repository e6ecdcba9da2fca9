/** F. Governance and policy. @module */
import { defineDimension } from './define.ts';

export const GOVERNANCE_POLICY = defineDimension('governance_policy', [
  { id: 'sdg1072_all_domains', name: 'SDG 10.7.2 well-managed migration policies, all domains', unit: 'level 1-4', sides: 'O/D/T', direction: 1, min: 1, max: 4, source: 'UN DESA / IOM, UN Inquiry among Governments', code: 'SG_CPA_MIGRS', goalposts: [1, 4] },
  { id: 'sdg1072_rights_domain', name: "SDG 10.7.2 domain 1, migrants' rights", unit: 'level 1-4', sides: 'O/D/T', direction: 1, min: 1, max: 4, source: 'UN DESA / IOM, UN Inquiry among Governments', code: 'SG_CPA_MIGRS (domain 1)', goalposts: [1, 4] },
  { id: 'mgi_rounds', name: 'Migration Governance Indicators assessments completed', unit: 'count', sides: 'O/D/T', direction: 1, min: 0, max: 2, source: 'IOM Migration Governance Indicators', code: 'IOM_MGI', goalposts: [0, 2] },
  { id: 'bilateral_labour_agreement', name: 'Bilateral labour agreement in force', unit: '0/1', sides: 'C', direction: 1, min: 0, max: 1, source: 'ILO / World Bank bilateral labour agreement inventories', code: 'BLA_INVENTORY', goalposts: [0, 1] },
  { id: 'social_security_agreement', name: 'Social security agreement in force', unit: '0/1', sides: 'C', direction: 1, min: 0, max: 1, source: 'National sources; ISSA (GCM objective 22)', code: 'ISSA_SSA', goalposts: [0, 1] },
  { id: 'visa_free_access', name: 'Visa-free access for origin nationals', unit: '0/1', sides: 'C', direction: 1, min: 0, max: 1, source: 'Destination visa lists', code: 'VISA_POLICY', goalposts: [0, 1] },
  { id: 'diaspora_institution', name: 'Diaspora institution exists', unit: '0/1', sides: 'O', direction: 1, min: 0, max: 1, source: 'IOM MGI; national sources', code: 'MGI_DIASPORA', goalposts: [0, 1] },
  { id: 'gcm_review_submitted', name: 'Voluntary GCM review submitted', unit: '0/1', sides: 'O/D/T', direction: 1, min: 0, max: 1, source: 'UN Network on Migration', code: 'GCM_VOLUNTARY_REVIEW', goalposts: [0, 1] },
]);
