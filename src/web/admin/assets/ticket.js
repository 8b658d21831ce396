/* global document, window, EventSource */
// The ticket page follows the ticket: the server sends its changing parts (server-sent events)
// when anything changes, from the client's messages to a claim made in Slack. What the person is
// typing is kept. Forms that ask first (cancel booking) carry data-confirm. Without this script
// the page works the same, reloaded by hand.
const desk = document.getElementById('desk');

document.addEventListener('submit', (event) => {
  const question = event.target.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});

/** What is typed in the desk's forms, by form and field. */
function typed() {
  const values = new Map();
  for (const field of desk.querySelectorAll('textarea, input[type="text"], input[type="number"]')) {
    if (field.value !== field.defaultValue) values.set(`${field.form.action} ${field.name}`, field.value);
  }
  return values;
}

function swapDesk(html, state) {
  const kept = typed();
  document.getElementById('desk-forms').innerHTML = html;
  desk.dataset.state = state;
  for (const field of desk.querySelectorAll('textarea, input')) {
    const value = field.form && kept.get(`${field.form.action} ${field.name}`);
    if (value !== undefined && value !== null) field.value = value;
  }
}

if (desk && desk.dataset.live && 'EventSource' in window) {
  const source = new EventSource(desk.dataset.live);
  // a form on its way: the page it leads to follows the ticket itself
  document.addEventListener('submit', (event) => {
    if (!event.defaultPrevented) source.close();
  });
  source.addEventListener('ticket', (event) => {
    const parts = JSON.parse(event.data);
    document.getElementById('ticket-summary').innerHTML = parts.summary;
    document.getElementById('ticket-record').innerHTML = parts.record;
    if (desk.dataset.state !== parts.deskState) swapDesk(parts.desk, parts.deskState);
  });
}
