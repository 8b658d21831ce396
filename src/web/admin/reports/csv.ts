/**
 * CSV as RFC 4180 writes it: CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled. A UTF-8 byte-order mark in front makes Excel read accents right.
 */
export type CsvCell = string | number;

const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would take for a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe, so a client's request text can never run as a formula on the owner's computer.
 * Numbers are written as they are.
 */
function field(cell: CsvCell): string {
  const text = typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * A Content-Disposition for a download: an ASCII filename for old clients and the exact one in
 * RFC 5987's filename* for the rest.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w.-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
