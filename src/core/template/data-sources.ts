/**
 * Items of the Data availability tab: the data sources a corridor assessment
 * draws on, asked for each end of the corridor.
 * @module
 */

export interface DataSourceItem {
  id: string;
  label: string;
}

export const DATA_SOURCES: readonly DataSourceItem[] = [
  { id: 'population_census', label: 'Population census with country of birth and citizenship' },
  { id: 'labour_force_survey', label: 'Labour force survey with a migration module' },
  { id: 'household_survey_remittances', label: 'Household survey with remittance questions' },
  { id: 'population_register', label: 'Population or foreigners register' },
  { id: 'residence_permits', label: 'Residence and work permit records' },
  { id: 'border_statistics', label: 'Border crossing and entry/exit statistics' },
  { id: 'consular_registration', label: 'Consular registration of nationals abroad' },
  { id: 'balance_of_payments', label: 'Balance of payments remittance series' },
  { id: 'asylum_statistics', label: 'Asylum applications and decisions' },
  { id: 'migration_profile', label: 'Migration profile or national migration report' },
];
