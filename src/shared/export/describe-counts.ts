// The same summary of an export for the dialog's report and the command line.

/** "3 files, 2 articles, 7 highlights". */
export function describeExportCounts(counts: { fileCount: number; articleCount: number; highlightCount: number }): string {
  const plural = (count: number, word: string) => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`
  return `${plural(counts.fileCount, 'file')}, ${plural(counts.articleCount, 'article')}, ${plural(counts.highlightCount, 'highlight')}`
}
