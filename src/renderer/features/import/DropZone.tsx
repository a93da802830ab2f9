// Drag files or folders anywhere onto the window to import them.
import { useEffect, useState, type ReactElement } from 'react'
import { filesFromDrop } from '../../platform'

/** Shows a drop overlay while files are dragged over the window and imports what is dropped. */
export function DropZone({ onFiles }: { onFiles(files: File[]): void }): ReactElement | null {
  const [active, setActive] = useState(false)
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
      void filesFromDrop(event.dataTransfer).then(onFiles)
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
  if (!active) return null
  return (
    <div className="drop-overlay" role="status">
      Drop files or folders to import them
    </div>
  )
}
