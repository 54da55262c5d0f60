import { redactUrl } from './redact-url.js';

describe('secrets in logged addresses', () => {
  it('hides a calendar feed token', () => {
    expect(redactUrl('/calendar/Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4.ics')).toBe('/calendar/[redacted]');
  });

  it('hides a token in the query and keeps the other parameters', () => {
    expect(redactUrl('/salasana?token=abc123&lang=fi')).toBe('/salasana?token=%5Bredacted%5D&lang=fi');
  });

  it('leaves ordinary addresses alone', () => {
    expect(redactUrl('/meetings/6f1c0c5e-1111-4222-8333-944455556666/agenda.pdf?x=1')).toBe(
      '/meetings/6f1c0c5e-1111-4222-8333-944455556666/agenda.pdf?x=1',
    );
  });
});
