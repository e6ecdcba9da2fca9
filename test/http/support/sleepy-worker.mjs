// A pool worker for the tests: answers each job ({ms, id}) with its id after ms milliseconds.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage('ready');
parentPort.on('message', (job) => {
  setTimeout(() => parentPort.postMessage(job.id), job.ms);
});
