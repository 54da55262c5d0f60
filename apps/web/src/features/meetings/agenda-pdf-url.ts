/** The API renders the agenda as a PDF in the viewer's language; the session cookie signs the request. */
export function agendaPdfUrl(meetingId: string): string {
  return `/meetings/${meetingId}/agenda.pdf`;
}
