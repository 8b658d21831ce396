/* global document, window, crypto, FormData, HTMLFormElement, HTMLInputElement, HTMLTextAreaElement */
// The chat page without reloads: forms marked data-send are posted as JSON, and new messages
// are fetched after the last one shown. Without this script the same forms work by reloading.
const list = document.getElementById('messages');
const status = document.getElementById('status');
const csrf = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
const POLL_VISIBLE_MS = 3000;
const POLL_HIDDEN_MS = 30000;
const POLL_AWAITING_MS = 1000;
const AWAITING_MS = 20000;
let cursor = list.dataset.cursor;
let polling = null;
let awaitingUntil = 0;
let timer;
let sayingTooLong = false;

// crypto.randomUUID needs a secure context; getRandomValues works on plain http too.
function newKey() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function showError(show, text) {
  status.hidden = !show;
  status.textContent = show ? text || status.dataset.error : '';
}

async function fetchNew() {
  const res = await fetch(`/chat/messages?after=${encodeURIComponent(cursor)}`, {
    headers: { accept: 'application/json' },
  });
  // No longer linked (the client was removed): the page itself shows what to do.
  if (res.status === 403) return window.location.reload();
  if (!res.ok) throw new Error(`poll failed: ${res.status}`);
  const { messages } = await res.json();
  for (const message of messages) {
    list.insertAdjacentHTML('beforeend', message.html);
    cursor = message.id;
  }
  if (messages.length) list.lastElementChild.scrollIntoView({ block: 'end' });
}

// One poll at a time; a refresh after sending waits for the running one and then asks again.
function poll() {
  polling ??= fetchNew()
    .catch(() => undefined)
    .finally(() => {
      polling = null;
    });
  return polling;
}

async function refresh() {
  await polling;
  await poll();
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(
    async () => {
      await poll();
      schedule();
    },
    Date.now() < awaitingUntil ? POLL_AWAITING_MS : document.hidden ? POLL_HIDDEN_MS : POLL_VISIBLE_MS,
  );
}

function pendingBubble(text) {
  const item = document.createElement('li');
  item.className = 'msg from-client pending';
  const p = document.createElement('p');
  p.className = 'text';
  p.textContent = text;
  item.append(p);
  list.append(item);
  item.scrollIntoView({ block: 'end' });
  return item;
}

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-send')) return;
  event.preventDefault();
  if (form.getAttribute('aria-busy') === 'true') return;
  const keyField = form.elements.namedItem('idempotencyKey');
  const textField = form.elements.namedItem('text');
  const action = event.submitter && event.submitter.name === 'action' ? event.submitter.value : undefined;
  const text = textField ? textField.value.trim() : '';
  // Only spaces: nothing to send, and nothing left behind in the field.
  if (!action && !text) {
    if (textField) textField.value = '';
    return;
  }
  const body = action
    ? { idempotencyKey: keyField.value, action: { data: action } }
    : { idempotencyKey: keyField.value, text };
  form.setAttribute('aria-busy', 'true');
  const bubble = action ? null : pendingBubble(text);
  try {
    // Not form.action: the buttons are named "action", which shadows that property.
    const res = await fetch(form.getAttribute('action'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`send failed: ${res.status}`);
    keyField.value = newKey();
    if (textField) textField.value = '';
    sayingTooLong = false;
    showError(false);
  } catch {
    // The key stays: sending again cannot act twice if the first attempt did get through.
    showError(true);
  } finally {
    form.removeAttribute('aria-busy');
  }
  await refresh();
  if (bubble) bubble.remove();
  // An answer that is slow to come (a busy server, a desk reply) shows up within a second.
  awaitingUntil = Date.now() + AWAITING_MS;
  schedule();
});

// A picked file goes at once; the server's refusal (a file too large) is shown as it says it.
async function upload(form) {
  const input = form.elements.namedItem('file');
  if (!input.files || input.files.length === 0 || form.getAttribute('aria-busy') === 'true') return;
  const keyField = form.elements.namedItem('idempotencyKey');
  form.setAttribute('aria-busy', 'true');
  const bubble = pendingBubble(input.files[0].name);
  try {
    const res = await fetch(form.getAttribute('action'), {
      method: 'POST',
      headers: { accept: 'application/json', 'x-csrf-token': csrf },
      body: new FormData(form),
    });
    if (res.ok) {
      keyField.value = newKey();
      showError(false);
    } else {
      const answer = await res.json().catch(() => ({}));
      showError(true, res.status === 413 ? answer.error : undefined);
    }
  } catch {
    showError(true);
  } finally {
    form.removeAttribute('aria-busy');
    input.value = '';
  }
  await refresh();
  bubble.remove();
  awaitingUntil = Date.now() + AWAITING_MS;
  schedule();
}

document.addEventListener('change', (event) => {
  const input = event.target;
  if (input instanceof HTMLInputElement && input.type === 'file' && input.form.hasAttribute('data-upload'))
    upload(input.form);
});

document.addEventListener('submit', (event) => {
  if (event.target instanceof HTMLFormElement && event.target.hasAttribute('data-upload')) {
    event.preventDefault();
    upload(event.target);
  }
});

document.body.classList.add('scripted');

// The field stops at its maxlength without a word: say that the end of a long paste was left out.
document.addEventListener('input', (event) => {
  const field = event.target;
  if (!(field instanceof HTMLTextAreaElement) || field.maxLength <= 0) return;
  const full = field.value.length >= field.maxLength;
  if (full === sayingTooLong) return;
  sayingTooLong = full;
  showError(full, status.dataset.tooLong);
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing || !(event.target instanceof HTMLTextAreaElement))
    return;
  event.preventDefault();
  event.target.form.requestSubmit();
});

document.addEventListener('visibilitychange', () => {
  if (!document.hidden) poll();
  schedule();
});

if (list.lastElementChild) list.lastElementChild.scrollIntoView({ block: 'end' });
schedule();
