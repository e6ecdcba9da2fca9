/**
 * Searching the corridor index: by origin, destination, minimum stock and a
 * free-text search over codes and names, paged.
 * @module
 */
import type { IndexRow, PackIndex, PackManifest } from './types.ts';

export interface CorridorQuery {
  search?: string;
  origin?: string;
  destination?: string;
  minStock?: number;
  /** 1-based. */
  page?: number;
  /** At most 500. */
  pageSize?: number;
}

export interface CorridorListItem {
  id: string;
  origin: string;
  destination: string;
  originName: string;
  destinationName: string;
  stock: number;
  stockYear: number;
}

export interface CorridorPage {
  total: number;
  page: number;
  pageSize: number;
  items: CorridorListItem[];
}

export const MAX_PAGE_SIZE = 500;

export function listCorridors(
  manifest: PackManifest,
  index: PackIndex,
  q: CorridorQuery,
): CorridorPage {
  const name = (c: string) => manifest.countries[c]?.name ?? c;
  const o = q.origin?.trim().toUpperCase();
  const d = q.destination?.trim().toUpperCase();
  const text = q.search?.trim().toLowerCase();
  const keep = (r: IndexRow) =>
    (!o || r[0] === o) &&
    (!d || r[1] === d) &&
    (q.minStock === undefined || r[2] >= q.minStock) &&
    (!text || `${r[0]}-${r[1]} ${name(r[0])} ${name(r[1])}`.toLowerCase().includes(text));
  const rows = index.corridors.filter(keep);
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(q.pageSize ?? 50)));
  const page = Math.max(1, Math.floor(q.page ?? 1));
  const items = rows.slice((page - 1) * pageSize, page * pageSize).map((r) => ({
    id: `${r[0]}-${r[1]}`,
    origin: r[0],
    destination: r[1],
    originName: name(r[0]),
    destinationName: name(r[1]),
    stock: r[2],
    stockYear: r[3],
  }));
  return { total: rows.length, page, pageSize, items };
}
