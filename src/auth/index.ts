/** Bearer tokens: issue, verify, keys, lifetimes (portable, WebCrypto via jose). @module */
export * from './key-ring.ts';
export * from './roles.ts';
export * from './scope.ts';
export * from './sign-token.ts';
export * from './ttl.ts';
export * from './verify-token.ts';
