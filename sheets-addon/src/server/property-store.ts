/**
 * JSON in document properties, split into chunks: one property value holds
 * at most 9 kB.
 * @module
 */
const CHUNK = 8000;

export function saveJson(key: string, value: unknown): void {
  const props = PropertiesService.getDocumentProperties();
  deleteJson(key);
  const text = JSON.stringify(value);
  const chunks: Record<string, string> = {};
  let count = 0;
  for (let i = 0; i < text.length; i += CHUNK)
    chunks[`${key}.${count++}`] = text.slice(i, i + CHUNK);
  chunks[`${key}.count`] = String(count);
  props.setProperties(chunks);
}

export function loadJson<T>(key: string): T | null {
  const props = PropertiesService.getDocumentProperties();
  const count = Number(props.getProperty(`${key}.count`) ?? 0);
  if (!count) return null;
  let text = '';
  for (let i = 0; i < count; i++) text += props.getProperty(`${key}.${i}`) ?? '';
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function deleteJson(key: string): void {
  const props = PropertiesService.getDocumentProperties();
  const count = Number(props.getProperty(`${key}.count`) ?? 0);
  for (let i = 0; i < count; i++) props.deleteProperty(`${key}.${i}`);
  props.deleteProperty(`${key}.count`);
}
