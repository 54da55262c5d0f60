import { formatDate, helsinkiTime, todayInHelsinki } from '@elinvoima/domain';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { monthGrid, monthLabel, weekdayLabels } from '../lib/month-grid';
import { clampDate, dateAfterKey, shiftDate } from './date-keys';
import { useModalDialog } from './modal-dialog';

interface Props {
  /** The field's label, naming the button and the dialog. */
  label: string;
  /** The chosen date, `yyyy-MM-dd`, or null when the field holds none. */
  value: string | null;
  min?: string;
  max?: string;
  onPick(date: string): void;
}

/** Tab and Shift+Tab go round the dialog's controls; the grid is one stop, its focused day. */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const stops = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not([tabindex="-1"]):not(:disabled)')];
  const [first, last] = [stops[0], stops[stops.length - 1]];
  if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  } else if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  }
}

/**
 * A calendar button and its modal dialog, after the WAI-ARIA date picker dialog pattern: weeks
 * start on Monday, arrows move the day, Page Up/Down the month, Home/End go to the week's ends,
 * Enter picks, Escape closes, and focus returns to the button.
 */
export function DatePicker({ label, value, min, max, onPick }: Props) {
  const { t, locale } = useI18n();
  const ids = { title: useId(), month: useId(), help: useId() };
  const focusedDay = useRef<HTMLButtonElement>(null);
  const modal = useModalDialog(focusedDay);
  const [focused, setFocused] = useState(() => todayInHelsinki());
  const focusMoved = useRef(false);

  // A key moved the focused day: the new day's button takes the keyboard focus once it is drawn.
  useEffect(() => {
    if (!focusMoved.current) return;
    focusMoved.current = false;
    focusedDay.current?.focus();
  }, [focused]);

  function open() {
    setFocused(clampDate(value ?? todayInHelsinki(), min, max));
    modal.open();
  }

  function moveWithKey(event: KeyboardEvent<HTMLButtonElement>) {
    const next = dateAfterKey(focused, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    focusMoved.current = true;
    setFocused(clampDate(next, min, max));
  }

  function pick(date: string) {
    onPick(date);
    modal.close();
  }

  const month = focused.slice(0, 7);
  const today = todayInHelsinki();
  const outOfRange = (date: string) => clampDate(date, min, max) !== date;

  return (
    <>
      <button type="button" ref={modal.opener} className="button button--quiet date-field__open" onClick={open}>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
          <path d="M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2H7Zm-2 8h14v10H5V10Zm2 2v2h2v-2H7Zm4 0v2h2v-2h-2Zm4 0v2h2v-2h-2Zm-8 4v2h2v-2H7Zm4 0v2h2v-2h-2Z" />
        </svg>
        <span className="visually-hidden">{t('datePicker.open', { label })}</span>
      </button>
      <dialog
        ref={modal.dialog}
        className="date-picker"
        aria-labelledby={ids.title}
        aria-describedby={ids.help}
        onKeyDown={keepTabInside}
        onClose={modal.closed}
      >
        {modal.isOpen && (
          <>
            <h2 id={ids.title} className="date-picker__title">
              {t('datePicker.title', { label })}
            </h2>
            <div className="date-picker__bar">
              <button
                type="button"
                className="button button--quiet date-picker__step"
                disabled={Boolean(min && month <= min.slice(0, 7))}
                onClick={() => setFocused(clampDate(shiftDate(focused, -1), min, max))}
              >
                <span aria-hidden="true">‹</span>
                <span className="visually-hidden">{t('datePicker.previousMonth')}</span>
              </button>
              <p id={ids.month} className="date-picker__month" aria-live="polite">
                {monthLabel(month, locale)}
              </p>
              <button
                type="button"
                className="button button--quiet date-picker__step"
                disabled={Boolean(max && month >= max.slice(0, 7))}
                onClick={() => setFocused(clampDate(shiftDate(focused, 1), min, max))}
              >
                <span aria-hidden="true">›</span>
                <span className="visually-hidden">{t('datePicker.nextMonth')}</span>
              </button>
            </div>
            <table role="grid" aria-labelledby={ids.month} className="date-picker__grid">
              <thead>
                <tr>
                  {weekdayLabels(locale).map((day) => (
                    <th key={day.full} scope="col" abbr={day.full}>
                      {day.short}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthGrid(month).map((week) => (
                  <tr key={week.number}>
                    {week.days.map((day) =>
                      day.inMonth ? (
                        <td key={day.date} aria-selected={day.date === value}>
                          <button
                            type="button"
                            ref={day.date === focused ? focusedDay : undefined}
                            tabIndex={day.date === focused ? 0 : -1}
                            disabled={outOfRange(day.date)}
                            aria-current={day.date === today ? 'date' : undefined}
                            aria-label={formatDate(helsinkiTime(day.date, '12:00'), locale)}
                            className="date-picker__day"
                            onKeyDown={moveWithKey}
                            onClick={() => pick(day.date)}
                          >
                            {day.dayOfMonth}
                          </button>
                        </td>
                      ) : (
                        <td key={day.date} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            <p id={ids.help} className="field__hint">
              {t('datePicker.help')}
            </p>
            <div className="toolbar">
              <button type="button" className="button button--quiet" onClick={modal.close}>
                {t('datePicker.cancel')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
