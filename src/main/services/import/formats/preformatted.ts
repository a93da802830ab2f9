// Code and other preformatted text (HTML's <pre>, Markdown's fences) keep their line breaks and
// indentation; only what no reader sees goes: line-ending style, trailing spaces, blank edges.

/** Preformatted text as written, without the blank lines and trailing spaces around it. */
export function preformatted(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/^\n+|\n+$/g, '')
}
