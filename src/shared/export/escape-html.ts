// Article text and notes come from untrusted files; everything placed in HTML exports goes
// through here so no text can become markup.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for use in HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  // Control characters other than tab and newlines are invalid in HTML; drop them.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes.
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
}

/** Escapes text and turns its line breaks into `<br>`. */
export function escapeHtmlLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>\n')
}
