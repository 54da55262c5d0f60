import { Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { SignInPage } from './features/auth/sign-in-page';
import { ViewerProvider } from './features/auth/viewer';
import { MeetingPage, MeetingRedirect } from './features/meetings/meeting-page';
import { GroupStartPage } from './features/start/group-start-page';
import { StartPage } from './features/start/start-page';
import { Layout } from './frame/layout';
import {
  AccessibilityStatementPage,
  AccountMailPage,
  AttendancePage,
  EditMeetingPage,
  ForgotPasswordPage,
  MeetingsPage,
  MembersPage,
  NewMeetingPage,
  OutboxPage,
  PrintAgendaPage,
  ProfilePage,
  SearchPage,
  SeasonPlannerPage,
  SetPasswordPage,
} from './lazy-pages';
import { Loading } from './ui/loading';
import { NotFoundPage } from './ui/not-found-page';
import { PublicFrame } from './ui/public-frame';

/** Signed-out visitors see the sign-in page and the password pages; sign-in returns them where they were going. */
function SignedOut() {
  const location = useLocation();
  if (location.pathname === '/kirjaudu') return <SignInPage />;
  // Setting a password needs no session: the one-time link or the email is what counts.
  if (location.pathname === '/salasana') return <SetPasswordPage />;
  if (location.pathname === '/unohtunut-salasana') return <ForgotPasswordPage />;
  if (location.pathname === '/saavutettavuus') {
    return (
      <PublicFrame wide>
        <AccessibilityStatementPage />
      </PublicFrame>
    );
  }
  const next = `${location.pathname}${location.search}`;
  return <Navigate to={`/kirjaudu?seuraava=${encodeURIComponent(next)}`} replace />;
}

export function App() {
  return (
    <ViewerProvider fallback={<Loading />}>
      {(viewer) => <Suspense fallback={<Loading />}>{viewer ? <SignedIn /> : <SignedOut />}</Suspense>}
    </ViewerProvider>
  );
}

function SignedIn() {
  return (
    <Routes>
      <Route path="salasana" element={<SetPasswordPage />} />
      <Route path="unohtunut-salasana" element={<ForgotPasswordPage />} />
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        <Route path="kirjaudu" element={<Navigate to="/" replace />} />
        <Route path="ryhmat/:groupId" element={<GroupStartPage />} />
        <Route path="ryhmat/:groupId/jasenet" element={<MembersPage />} />
        <Route path="ryhmat/:groupId/kokoukset" element={<MeetingsPage />} />
        <Route path="ryhmat/:groupId/kokoukset/uusi" element={<NewMeetingPage />} />
        <Route path="ryhmat/:groupId/kokoukset/:meetingId" element={<MeetingPage />} />
        <Route path="ryhmat/:groupId/kokoukset/:meetingId/muokkaa" element={<EditMeetingPage />} />
        <Route path="ryhmat/:groupId/kokoukset/:meetingId/tulosta" element={<PrintAgendaPage />} />
        <Route path="ryhmat/:groupId/kokoukset/:meetingId/lasnaolo" element={<AttendancePage />} />
        <Route path="ryhmat/:groupId/kausi" element={<SeasonPlannerPage />} />
        <Route path="ryhmat/:groupId/lahtevat" element={<OutboxPage />} />
        <Route path="kokoukset/:meetingId" element={<MeetingRedirect />} />
        <Route path="oma-sivu" element={<ProfilePage />} />
        <Route path="tilin-viestit" element={<AccountMailPage />} />
        <Route path="haku" element={<SearchPage />} />
        <Route path="saavutettavuus" element={<AccessibilityStatementPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
