import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { renderWithApi } from '../test/render';
import { DateField } from './date-field';

/** The value the form would send, read as a submit would read it. */
const sent = (name = 'from') => new FormData(document.querySelector('form')!).get(name);

function renderUncontrolled(defaultValue = '2018-10-01') {
  renderWithApi(
    <form>
      <DateField name="from" label="Alkaen" defaultValue={defaultValue} min="2000-01-01" max="2100-12-31" required />
      <button type="reset">Tyhjennä</button>
    </form>,
    [],
  );
  return screen.getByLabelText(/^Alkaen/) as HTMLInputElement;
}

function openPicker() {
  fireEvent.click(screen.getByRole('button', { name: 'Valitse päivä kalenterista: Alkaen' }));
  return screen.getByRole('dialog', { name: 'Valitse päivä: Alkaen' });
}

afterEach(() => localStorage.clear());

describe('a date field', () => {
  it('shows its date the Finnish way and sends it the way the API takes it', () => {
    const field = renderUncontrolled();
    expect(field.value).toBe('1.10.2018');
    expect(field.type).toBe('text');
    expect(sent()).toBe('2018-10-01');
    expect(screen.getByText('Muodossa p.k.vvvv, esim. 24.10.2018').id).toBe(field.getAttribute('aria-describedby'));
  });

  it('reads a date typed with leading zeros, and tidies it when the user moves on', () => {
    const field = renderUncontrolled();
    fireEvent.change(field, { target: { value: '01.02.2027' } });
    expect(sent()).toBe('2027-02-01');
    fireEvent.blur(field);
    expect(field.value).toBe('1.2.2027');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('says at the field what is wrong with a date that does not exist, or lies outside the years allowed', () => {
    const field = renderUncontrolled();
    fireEvent.change(field, { target: { value: '31.2.2027' } });
    expect(screen.queryByText(/Anna päivämäärä/)).toBeNull();
    fireEvent.blur(field);
    const error = screen.getByText('Anna päivämäärä muodossa p.k.vvvv, esim. 24.10.2018.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(error.id);
    // The form can tell a mistyped date from an empty field.
    expect(sent()).toBe('31.2.2027');

    fireEvent.change(field, { target: { value: '1.1.1999' } });
    expect(screen.getByText('Päivämäärän on oltava välillä 1.1.2000–31.12.2100.')).toBeTruthy();
    fireEvent.change(field, { target: { value: '1.1.2019' } });
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the form’s message until the user changes the date', () => {
    const { rerender } = renderWithApi(<DateField name="date" label="Päivämäärä" error="Pakollinen tieto." />, []);
    const field = screen.getByLabelText('Päivämäärä');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Pakollinen tieto.')).toBeTruthy();
    fireEvent.change(field, { target: { value: '5.12.2018' } });
    fireEvent.blur(field);
    rerender(<DateField name="date" label="Päivämäärä" error="Pakollinen tieto." />);
    expect(screen.queryByText('Pakollinen tieto.')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('returns to its first date when the form is reset', () => {
    const field = renderUncontrolled();
    fireEvent.change(field, { target: { value: '5.5.2020' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tyhjennä' }));
    expect(field.value).toBe('1.10.2018');
    expect(sent()).toBe('2018-10-01');
  });

  it('follows a date set by the form, and tells the form what is typed', () => {
    const changes: string[] = [];
    function Form() {
      const [date, setDate] = useState('2018-11-28');
      return (
        <form>
          <DateField
            name="date"
            label="Päivämäärä"
            value={date}
            onChange={(next) => {
              changes.push(next);
              setDate(next);
            }}
          />
          <button type="button" onClick={() => setDate('2018-12-11')}>
            Lataa uusin
          </button>
        </form>
      );
    }
    renderWithApi(<Form />, []);
    const field = screen.getByLabelText('Päivämäärä') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '1.2.27' } });
    fireEvent.change(field, { target: { value: 'huomenna' } });
    expect(changes).toEqual(['2027-02-01', 'huomenna']);
    fireEvent.click(screen.getByRole('button', { name: 'Lataa uusin' }));
    expect(field.value).toBe('11.12.2018');
  });
});

describe('the calendar of a date field', () => {
  it('opens on the field’s date, in weeks from Monday, with the day in focus', () => {
    renderUncontrolled('2018-11-28');
    const dialog = openPicker();
    expect(within(dialog).getByText('marraskuu 2018')).toBeTruthy();
    const grid = within(dialog).getByRole('grid', { name: 'marraskuu 2018' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su']);
    const chosen = within(grid).getByRole('button', { name: 'ke 28.11.2018' });
    expect(document.activeElement).toBe(chosen);
    expect(chosen.closest('td')!.getAttribute('aria-selected')).toBe('true');
    // November 2018 begins on a Thursday: the first week's first three cells are empty.
    const firstWeek = within(grid).getAllByRole('row')[1];
    expect(firstWeek.querySelectorAll('td')[3].textContent).toBe('1');
    expect(
      within(dialog)
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0),
    ).toHaveLength(4);
  });

  it('moves the focused day with the keys of the date picker pattern', () => {
    renderUncontrolled('2018-11-28');
    const dialog = openPicker();
    const press = (key: string, shiftKey = false) => fireEvent.keyDown(document.activeElement!, { key, shiftKey });
    const focusedName = () => document.activeElement?.getAttribute('aria-label');

    press('ArrowRight');
    expect(focusedName()).toBe('to 29.11.2018');
    press('ArrowDown');
    expect(focusedName()).toBe('to 6.12.2018');
    expect(within(dialog).getByText('joulukuu 2018')).toBeTruthy();
    press('Home');
    expect(focusedName()).toBe('ma 3.12.2018');
    press('End');
    expect(focusedName()).toBe('su 9.12.2018');
    press('PageUp');
    expect(focusedName()).toBe('pe 9.11.2018');
    press('PageDown', true);
    expect(focusedName()).toBe('la 9.11.2019');
    press('ArrowUp');
    press('ArrowLeft');
    expect(focusedName()).toBe('pe 1.11.2019');
  });

  it('puts the chosen day into the field and closes', () => {
    const field = renderUncontrolled('2018-11-28');
    const dialog = openPicker();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Seuraava kuukausi' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'ti 11.12.2018' }));
    expect(field.value).toBe('11.12.2018');
    expect(sent()).toBe('2018-12-11');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks English and still starts the week on Monday in English', () => {
    localStorage.setItem('elinvoima.locale', 'en');
    renderUncontrolled('2018-11-28');
    fireEvent.click(screen.getByRole('button', { name: 'Choose the day from a calendar: Alkaen' }));
    const grid = screen.getByRole('grid', { name: 'November 2018' });
    expect(within(grid).getAllByRole('columnheader')[0].textContent).toBe('Mon');
    expect(within(grid).getByRole('button', { name: 'Wed 28.11.2018' })).toBeTruthy();
    expect(screen.getByText('As d.m.yyyy, e.g. 24.10.2018')).toBeTruthy();
  });
});
