// The CommonMark parser behind the Markdown importer (markdown-it), with the GitHub
// extensions saved articles use (tables, strikethrough, footnotes) and the notes apps' ones
// (==highlights==, [[wiki-links]]), and addresses written out ("https://…", "desk@…") read as
// links, as notes apps show them (a bare "example.com" does not). Raw HTML is
// tokenised rather than kept as literal text, so its text can be taken the way HTML files'
// is; the importer walks the tokens and never renders HTML.
import MarkdownIt from 'markdown-it'
import footnote from 'markdown-it-footnote'
import mark from 'markdown-it-mark'
import { wikilinks } from './markdown-wikilinks'

/** markdown-it's token, the unit the importer walks. */
export type { Token } from 'markdown-it'

/** Parses Markdown into block tokens whose inline tokens hold the text. */
export const markdownParser = new MarkdownIt('default', { html: true, linkify: true, typographer: false }).use(footnote).use(mark).use(wikilinks)
markdownParser.linkify.set({ fuzzyLink: false, fuzzyIP: false })
