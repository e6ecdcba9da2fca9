/** Partner review: the review model and its HTML page (its JSON shape is contract/review.ts). @module */

export { buildReview } from './build-review.ts';
export { renderReviewPage } from './review-page.ts';
