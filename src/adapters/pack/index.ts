/** Pack readers for Node (files) and Workers (fetch of static assets). @module */
export { type FetchFile, fetchPackReader } from './fetch-pack-reader.ts';
export { defaultPackDir, fsPackReader, loadPack } from './fs-pack-reader.ts';
