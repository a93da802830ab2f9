// Test support for repository tests: a fresh fake IndexedDB per test and articles made of paragraphs.
import 'fake-indexeddb/auto'
import type { ParsedDocument } from '../../shared/model/document'
import { articlePlainText } from '../../shared/model/text'
import { addParsedArticles } from './articles-repository'
// Aliased: the name starts with `use` but it is not a React hook.
import { openDatabase, useDatabaseForTests as installDatabase, type GlossDatabase } from './database'
import { countWords } from '../../shared/model/text'

let counter = 0

/** Opens an empty database and makes the repositories use it. */
export function freshDatabase(): GlossDatabase {
  const db = openDatabase(`gloss-annotations-test-${counter++}`)
  installDatabase(db)
  return db
}

/** A parsed plain-text document of the given paragraphs, as the import service returns it. */
export function parsedTestDocument(path: string, paragraphs: string[], title: string): Extract<ParsedDocument, { status: 'ok' }> {
  return {
    status: 'ok',
    path,
    duplicateOf: null,
    title,
    byline: null,
    publishedAt: null,
    publishedPartial: null,
    source: null,
    url: null,
    language: 'en',
    blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    wordCount: countWords(paragraphs.join(' ')),
    removed: [],
    repairs: [],
    warnings: [],
    format: 'txt',
    originalText: paragraphs.join('\n\n')
  }
}

/** Stores an article of the given paragraphs; returns its id and plain text. */
export async function addTestArticle(paragraphs: string[], title = 'Test article'): Promise<{ id: string; text: string }> {
  const document = parsedTestDocument(`/articles/${title}.txt`, paragraphs, title)
  const [id] = await addParsedArticles([document])
  return { id: id!, text: articlePlainText(document.blocks) }
}
