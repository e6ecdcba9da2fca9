/**
 * The sidebar: buttons call the server functions, results are drawn with
 * textContent only (nothing from the API is parsed as HTML).
 * @module
 */
import type { AssessOutcome, Issue, ValidateOutcome } from '../shared/rpc.ts';
import { callServer } from './rpc.ts';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function show(el: HTMLElement, text?: string): void {
  if (text !== undefined) el.textContent = text;
  el.hidden = false;
}

function setError(message: string | null): void {
  const el = $('error');
  el.textContent = message ?? '';
  el.hidden = !message;
}

/** Runs one server call with the buttons disabled and progress polled. */
async function busy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  const buttons = Array.from(document.querySelectorAll('button'));
  for (const b of buttons) b.disabled = true;
  setError(null);
  const status = $('status');
  const bar = $<HTMLProgressElement>('progress-bar');
  const text = $('progress-text');
  bar.value = 0;
  show(status);
  text.textContent = label;
  const started = Date.now();
  const timer = setInterval(() => {
    callServer('getProgress').then(
      (p) => {
        if (p && p.at >= started) {
          bar.value = p.fraction;
          text.textContent = p.message;
        }
      },
      () => {},
    );
  }, 1000);
  try {
    return await work();
  } catch (error) {
    setError(error instanceof Error ? error.message : String(error));
    return undefined;
  } finally {
    clearInterval(timer);
    status.hidden = true;
    for (const b of buttons) b.disabled = false;
  }
}

function renderIssues(issues: readonly Issue[]): void {
  const list = $('issues');
  list.replaceChildren();
  for (const issue of issues) {
    const item = document.createElement('li');
    item.className = issue.severity;
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = issue.cell;
    link.title = `Select ${issue.cell}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      callServer('selectCell', issue.cell).catch((e: Error) => setError(e.message));
    });
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = ` ${issue.severity} · ${issue.code}`;
    const message = document.createElement('div');
    message.textContent = issue.message;
    item.append(link, code, message);
    list.append(item);
  }
}

function summariseIssues(outcome: Pick<ValidateOutcome, 'issues'>): string {
  const errors = outcome.issues.filter((i) => i.severity === 'error').length;
  const warnings = outcome.issues.length - errors;
  return outcome.issues.length === 0
    ? 'No issues found.'
    : `${errors} error(s), ${warnings} warning(s). Click a cell to go to it.`;
}

function renderAssess(outcome: AssessOutcome): void {
  const box = $('assess-result');
  box.replaceChildren();
  box.classList.toggle('success', outcome.ok);
  const head = document.createElement('p');
  head.textContent = outcome.ok
    ? `Benchmark written for ${outcome.corridors} corridor(s) in ${outcome.seconds} s: ${outcome.tabs.join(', ')}.`
    : `${outcome.errors} error(s) prevented scoring; the Validation tab lists them and the previous benchmark was kept.`;
  box.append(head);
  if (outcome.top.length > 0) {
    const table = document.createElement('table');
    const header = table.insertRow();
    for (const h of ['Rank', 'Corridor', 'Score']) {
      const th = document.createElement('th');
      th.textContent = h;
      header.append(th);
    }
    for (const row of outcome.top) {
      const tr = table.insertRow();
      for (const v of [
        row.rank ?? '–',
        row.corridorId,
        row.overall === null ? '–' : row.overall.toFixed(1),
      ]) {
        tr.insertCell().textContent = String(v);
      }
    }
    box.append(table);
  }
  show(box);
}

async function loadSettings(): Promise<void> {
  const view = await callServer('getSettings');
  $<HTMLInputElement>('api-url').value = view.apiUrl;
  $<HTMLInputElement>('api-token').placeholder = view.hasToken
    ? 'stored (leave empty to keep)'
    : 'paste your token';
  if (!view.apiUrl || !view.hasToken) $<HTMLDetailsElement>('settings').open = true;
}

function wire(): void {
  $('insert-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (id: string) => $<HTMLInputElement>(id).value.trim().toUpperCase();
    const choice = {
      origin: value('origin'),
      transit: value('transit'),
      destination: value('destination'),
      prefill: $<HTMLInputElement>('prefill').checked,
    };
    void busy(
      choice.prefill ? 'Inserting the pre-filled template…' : 'Inserting the template…',
      () => callServer('insertTemplate', choice),
    ).then((outcome) => {
      if (outcome)
        show(
          $('insert-result'),
          `Inserted ${outcome.tabs.join(', ')} with ${outcome.validations} drop-down and validation rule(s).`,
        );
    });
  });
  $('validate-button').addEventListener('click', () => {
    void busy('Validating…', () => callServer('validateSheet')).then((outcome) => {
      if (!outcome) return;
      $('assess-result').hidden = true;
      renderIssues(outcome.issues);
      show(
        $('issues-summary'),
        summariseIssues(outcome) +
          (outcome.truncated ? ' Only the first cells are highlighted.' : ''),
      );
    });
  });
  $('assess-button').addEventListener('click', () => {
    const uncertainty = $<HTMLInputElement>('with-uncertainty').checked;
    void busy('Assessing…', () => callServer('assessSheet', { uncertainty })).then((outcome) => {
      if (!outcome) return;
      renderIssues(outcome.issues);
      show($('issues-summary'), summariseIssues(outcome));
      renderAssess(outcome);
    });
  });
  $('share-button').addEventListener('click', () => {
    void busy('Preparing the review link…', () => callServer('shareForReview')).then((outcome) => {
      if (!outcome) return;
      const link = $<HTMLAnchorElement>('share-link');
      link.href = outcome.link;
      link.textContent = outcome.link;
      show($('share-result'));
    });
  });
  $('settings-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = {
      apiUrl: $<HTMLInputElement>('api-url').value,
      token: $<HTMLInputElement>('api-token').value,
    };
    void busy('Saving…', () => callServer('saveSettings', input)).then((view) => {
      if (!view) return;
      $<HTMLInputElement>('api-token').value = '';
      show(
        $('settings-hint'),
        `Saved. API: ${view.apiUrl}; token ${view.hasToken ? 'stored' : 'missing'}.`,
      );
    });
  });
  const section = (window as { cmOpenSection?: string }).cmOpenSection;
  if (section === 'settings') $<HTMLDetailsElement>('settings').open = true;
  if (section === 'insert') $<HTMLInputElement>('origin').focus();
  loadSettings().catch((e: Error) => setError(e.message));
}

wire();
