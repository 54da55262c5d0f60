import { formatDateInput, isIsoDate, parseDateInput } from '@elinvoima/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { DatePicker } from './date-picker';
import { dateProblem } from './date-problem';
import './date-field.css';

interface DateFieldProps {
  label: string;
  /** The name the form sends the value under. */
  name: string;
  /**
   * The field's value: the date as `yyyy-MM-dd` once the text is one, otherwise the text as typed,
   * so that a form can tell an empty field from a mistyped one. Leave out for an uncontrolled field.
   */
  value?: string;
  /** The first date of an uncontrolled field, `yyyy-MM-dd`; a form's reset returns to it. */
  defaultValue?: string;
  onChange?(value: string): void;
  /** A message from the form or the API, shown instead of the field's own. */
  error?: string;
  hint?: string;
  required?: boolean;
  /** The earliest and latest dates allowed, `yyyy-MM-dd`. */
  min?: string;
  max?: string;
}

const shown = (value: string) => (isIsoDate(value) ? formatDateInput(value) : value);

/**
 * A date typed as `d.M.yyyy` (the app's way in both languages, whatever the browser's), or picked
 * from a calendar. The form gets the date as `yyyy-MM-dd`, the way the API takes it.
 */
export function DateField({
  label,
  name,
  value,
  defaultValue = '',
  onChange,
  error,
  hint,
  required,
  min,
  max,
}: DateFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [current, setCurrent] = useState(value ?? defaultValue);
  const [text, setText] = useState(() => shown(value ?? defaultValue));
  const [left, setLeft] = useState(false);
  // The form's message is about the value it was given for; once the user changes the date, the
  // field's own check speaks until the form is sent again.
  const [given, setGiven] = useState({ error, for: current });
  if (error !== given.error) setGiven({ error, for: current });
  // A value set from outside (another user's save loaded into the form) replaces the text.
  if (value !== undefined && value !== current) {
    setCurrent(value);
    setText(shown(value));
  }

  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const reset = () => {
      setCurrent(defaultValue);
      setText(shown(defaultValue));
      setLeft(false);
    };
    form.addEventListener('reset', reset);
    return () => form.removeEventListener('reset', reset);
  }, [defaultValue]);

  function change(typed: string, next: string) {
    setText(typed);
    setCurrent(next);
    onChange?.(next);
  }

  const problem = left ? dateProblem(current, min, max) : null;
  const message =
    (given.for === current ? error : undefined) ??
    (problem === 'invalid'
      ? t('dateField.invalid')
      : problem === 'outOfRange'
        ? t('dateField.outOfRange', { min: formatDateInput(min ?? ''), max: formatDateInput(max ?? '') })
        : undefined);
  const described = `${id}-hint${message ? ` ${id}-error` : ''}`;

  return (
    <div className={`field date-field${message ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint ?? t('dateField.hint')}
      </p>
      <div className="date-field__control">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          required={required}
          aria-invalid={message ? true : undefined}
          aria-describedby={described}
          onChange={(e) => change(e.target.value, parseDateInput(e.target.value) ?? e.target.value.trim())}
          onBlur={() => {
            setLeft(true);
            if (isIsoDate(current)) setText(formatDateInput(current));
          }}
        />
        <DatePicker
          label={label}
          value={isIsoDate(current) ? current : null}
          min={min}
          max={max}
          onPick={(date) => {
            change(formatDateInput(date), date);
            setLeft(true);
          }}
        />
      </div>
      <input type="hidden" name={name} value={current} />
      {message && (
        <p id={`${id}-error`} className="field__error">
          {message}
        </p>
      )}
    </div>
  );
}
