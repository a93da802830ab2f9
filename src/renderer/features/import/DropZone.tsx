// Drag files or folders anywhere onto the window to import them. While an import runs (or its
// duplicates await a decision) a drop is refused in so many words, not silently lost.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import { filesFromDrop } from '../../platform'
import type { ChosenFile } from './upload-files'

/** Shows a drop overlay while files are dragged over the window and imports what is dropped. */
export function DropZone({ busy, onFiles }: { busy: boolean; onFiles(files: ChosenFile[]): void }): ReactElement | null {
  const [active, setActive] = useState(false)
  // A dropped folder is walked before its import starts; thousands of files take a while.
  const [reading, setReading] = useState(false)
  const busyNow = useRef(busy)
  busyNow.current = busy
  const readingNow = useRef(false)
  useEffect(() => {
    let depth = 0
    const hasFiles = (event: DragEvent): boolean => !!event.dataTransfer?.types.includes('Files')
    const onEnter = (event: DragEvent): void => {
      if (!hasFiles(event)) return
      depth += 1
      setActive(true)
    }
    const onLeave = (): void => {
      depth = Math.max(0, depth - 1)
      if (depth === 0) setActive(false)
    }
    const onOver = (event: DragEvent): void => {
      if (hasFiles(event)) event.preventDefault()
    }
    const onDrop = (event: DragEvent): void => {
      if (!event.dataTransfer || !hasFiles(event)) return
      event.preventDefault()
      depth = 0
      setActive(false)
      if (busyNow.current || readingNow.current) return
      readingNow.current = true
      setReading(true)
      void filesFromDrop(event.dataTransfer)
        .then(onFiles)
        .finally(() => {
          readingNow.current = false
          setReading(false)
        })
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('dragover', onOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [onFiles])
  if (reading) {
    return (
      <div className="drop-overlay" role="status">
        Reading what was dropped…
      </div>
    )
  }
  if (!active) return null
  return (
    <div className="drop-overlay" role="status">
      {busy ? 'Finish the current import first' : 'Drop files or folders to import them'}
    </div>
  )
}
