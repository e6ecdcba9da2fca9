/** A request as the Node server forwards it to a worker thread, and the answer that comes back. @module */

export interface ForwardedRequest {
  method: string;
  url: string;
  headers: [string, string][];
  /** Transferred, not copied. */
  body: ArrayBuffer | null;
}

export interface ForwardedReply {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}
