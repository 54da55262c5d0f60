/** The API renders the agenda as a PDF in the viewer's language; the session cookie signs the request. */
export function agendaPdfUrl(meetingId: string): string {
  return `/meetings/${meetingId}/agenda.pdf`;
}

/** The meeting pack: the agenda and every PDF attachment as one PDF, with bookmarks and page numbers. */
export function meetingPackUrl(meetingId: string): string {
  return `/meetings/${meetingId}/meeting-pack.pdf`;
}
