/**
 * API URL and token: kept in properties, never in a cell. The URL lives in
 * the document's properties (every editor of this spreadsheet uses the same
 * API); the token in the user's own properties (nobody else can read it).
 * @module
 */
import type { SettingsInput, SettingsView } from '../shared/rpc.ts';
import { AddonError } from './addon-error.ts';

const URL_KEY = 'corridorMonitor.apiUrl';
const TOKEN_KEY = 'corridorMonitor.token';

export interface Settings {
  apiUrl: string;
  token: string;
}

export function getSettingsView(): SettingsView {
  const documentUrl = PropertiesService.getDocumentProperties().getProperty(URL_KEY);
  const userUrl = PropertiesService.getUserProperties().getProperty(URL_KEY);
  const token = PropertiesService.getUserProperties().getProperty(TOKEN_KEY);
  return {
    apiUrl: documentUrl ?? userUrl ?? '',
    hasToken: Boolean(token),
    apiUrlScope: documentUrl ? 'document' : userUrl ? 'user' : 'unset',
  };
}

export function saveSettingsInput(input: SettingsInput): SettingsView {
  const apiUrl = String(input.apiUrl ?? '')
    .trim()
    .replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+\.[^/\s]+(\/\S*)?$/.test(apiUrl)) {
    throw new AddonError(
      `The API URL must be an https address with a full domain, like https://corridor-monitor.example.org; got "${apiUrl}".`,
    );
  }
  // Document properties need the document to be open in edit mode; user properties always work.
  try {
    PropertiesService.getDocumentProperties().setProperty(URL_KEY, apiUrl);
  } catch {
    PropertiesService.getUserProperties().setProperty(URL_KEY, apiUrl);
  }
  const token = String(input.token ?? '').trim();
  if (token) PropertiesService.getUserProperties().setProperty(TOKEN_KEY, token);
  return getSettingsView();
}

/** The settings an API call needs, or a clear error saying what to set. */
export function requireSettings(): Settings {
  const { apiUrl } = getSettingsView();
  const token = PropertiesService.getUserProperties().getProperty(TOKEN_KEY) ?? '';
  if (!apiUrl || !token) {
    throw new AddonError(
      'Set the API URL and your access token first: Corridor Monitor > Settings in the sidebar.',
    );
  }
  return { apiUrl, token };
}
