// The "Aa" popover: font family, size, line width, line spacing and theme, applied as you change them.
import { useId, type ReactElement } from 'react'
import { Dialog, DialogHeader } from '../../ui/Dialog'
import { READER_RANGES, type ReaderFamily, type ReaderSettings, type ReaderTheme } from './core/reader-settings'

interface Props {
  settings: ReaderSettings
  onChange(change: Partial<ReaderSettings>): void
  onClose(): void
}

const FAMILY_LABELS: Record<ReaderFamily, string> = { serif: 'Serif', sans: 'Sans' }
const THEME_LABELS: Record<ReaderTheme, string> = { system: 'System', light: 'Light', sepia: 'Sepia', dark: 'Dark' }

/** The reading settings dialog. */
export function ReaderSettingsPanel({ settings, onChange, onClose }: Props): ReactElement {
  return (
    <Dialog label="Reading settings" onClose={onClose} className="popover settings-popover">
      <DialogHeader title="Reading settings" onClose={onClose} />
      <Choice legend="Font" name="family" labels={FAMILY_LABELS} value={settings.family} onPick={(family) => onChange({ family })} />
      <Slider
        label="Font size"
        range={READER_RANGES.fontSize}
        value={settings.fontSize}
        format={(value) => `${value} px`}
        onChange={(fontSize) => onChange({ fontSize })}
      />
      <Slider
        label="Line width"
        range={READER_RANGES.measure}
        value={settings.measure}
        format={(value) => `${value} characters`}
        onChange={(measure) => onChange({ measure })}
      />
      <Slider
        label="Line spacing"
        range={READER_RANGES.lineHeight}
        value={settings.lineHeight}
        format={(value) => value.toFixed(2)}
        onChange={(lineHeight) => onChange({ lineHeight })}
      />
      <Choice legend="Theme" name="theme" labels={THEME_LABELS} value={settings.theme} onPick={(theme) => onChange({ theme })} />
    </Dialog>
  )
}

function Choice<T extends string>(props: { legend: string; name: string; labels: Record<T, string>; value: T; onPick(value: T): void }): ReactElement {
  return (
    <fieldset className="setting segmented">
      <legend>{props.legend}</legend>
      <div className="segments">
        {(Object.keys(props.labels) as T[]).map((option) => (
          <label key={option} className={`segment segment-${props.name}-${option}`}>
            <input type="radio" name={props.name} value={option} checked={props.value === option} onChange={() => props.onPick(option)} />
            <span>{props.labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function Slider(props: {
  label: string
  range: { min: number; max: number; step: number }
  value: number
  format(value: number): string
  onChange(value: number): void
}): ReactElement {
  const id = useId()
  return (
    <div className="setting slider">
      <label htmlFor={id}>{props.label}</label>
      <output htmlFor={id}>{props.format(props.value)}</output>
      <input
        id={id}
        type="range"
        min={props.range.min}
        max={props.range.max}
        step={props.range.step}
        value={props.value}
        aria-valuetext={props.format(props.value)}
        onChange={(event) => props.onChange(Number(event.target.value))}
      />
    </div>
  )
}
