// A dropped tree walked without a browser: entries are stand-ins with the File System API's shape.
import { describe, expect, it } from 'vitest'
import { filesFromDrop } from './read-files'

type Entry = { name: string; isFile: boolean; isDirectory: boolean; file?: unknown; createReader?: unknown }

const fileEntry = (name: string, failure?: Error): Entry => ({
  name,
  isFile: true,
  isDirectory: false,
  file: (resolve: (file: File) => void, reject: (error: Error) => void) => (failure ? reject(failure) : resolve(new File(['text'], name)))
})

const folderEntry = (name: string, children: Entry[], failure?: Error): Entry => ({
  name,
  isFile: false,
  isDirectory: true,
  createReader: () => {
    let read = false
    return {
      readEntries: (resolve: (entries: Entry[]) => void, reject: (error: Error) => void) => {
        if (failure) return reject(failure)
        resolve(read ? [] : children)
        read = true
      }
    }
  }
})

const drop = (...entries: Entry[]): DataTransfer =>
  ({ items: entries.map((entry) => ({ webkitGetAsEntry: () => entry })), files: [] }) as unknown as DataTransfer

const describeAll = (files: (File | { name: string; error: string })[]): string[] =>
  files.map((file) => ('error' in file ? `${file.name}: ${file.error}` : file.name))

describe('filesFromDrop', () => {
  it('walks dropped folders, naming each file by its path from the dropped folder', async () => {
    const files = await filesFromDrop(drop(folderEntry('Research', [fileEntry('a.txt'), folderEntry('drafts', [fileEntry('b.md')])]), fileEntry('c.html')))
    expect(describeAll(files)).toEqual(['Research/a.txt', 'Research/drafts/b.md', 'c.html'])
  })

  it('turns an entry that cannot be read into its failure, and still takes the rest', async () => {
    const denied = new Error('permission denied')
    const files = await filesFromDrop(
      drop(folderEntry('Research', [fileEntry('a.txt'), folderEntry('private', [], denied), fileEntry('gone.txt', new Error('moved')), fileEntry('b.txt')]))
    )
    expect(describeAll(files)).toEqual([
      'Research/a.txt',
      'Research/private: "private" could not be read (permission denied)',
      'Research/gone.txt: "gone.txt" could not be read (moved)',
      'Research/b.txt'
    ])
  })

  it('skips hidden folders inside a dropped folder but walks a dropped hidden folder', async () => {
    const files = await filesFromDrop(drop(folderEntry('.notes', [fileEntry('a.txt'), folderEntry('.git', [fileEntry('config.txt')])])))
    expect(describeAll(files)).toEqual(['.notes/a.txt'])
  })
})
