/** Partner review: sheet links, the review model and its HTML page. @module */

export { buildReview } from './build-review.ts';
export { renderReviewPage } from './review-page.ts';
export { parseSheetLink, type SheetLink } from './sheet-url.ts';
export type * from './types.ts';
