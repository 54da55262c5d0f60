import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ANY_ROLE, Public, RequireGroupRole } from '../auth/access.decorators.js';
import { groupOfMeeting } from '../meetings/meeting.target.js';
import type { Viewer, ViewerRequest } from '../auth/viewer.js';
import { contentDisposition } from '../http/file-name.js';
import { RestErrorFilter } from '../http/rest-error.filter.js';
import { requestContext } from '../context/request-context.js';
import { DomainError } from '../common/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { helsinkiLocal, renderCalendar } from './ical.js';
import { agendaLinesOf } from './calendar-agenda.js';
import { meetingEvent } from './meeting-event.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** Calendar files over plain HTTP: subscription feeds by secret address, and one meeting for signed-in members. */
@Controller()
@UseFilters(RestErrorFilter)
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly meetings: MeetingsService,
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Calendar apps poll this without a session: the secret address is the key. */
  @Public()
  @Get('calendar/:file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const body = file.endsWith('.ics') ? await this.feeds.render(file.slice(0, -'.ics'.length)) : null;
    if (body === null) throw DomainError.notFound();
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Robots-Tag', 'noindex');
    res.setHeader('Content-Type', CALENDAR_TYPE);
    res.status(200).send(body);
  }

  /** One meeting to add to one's own calendar; a draft is not found for members, as in the API. */
  @Get('meetings/:id/invitation.ics')
  @RequireGroupRole(ANY_ROLE, groupOfMeeting('id'))
  async invitation(@Param('id') id: string, @Req() req: ViewerRequest, @Res() res: Response): Promise<void> {
    const meeting = await this.meetings.findVisible(id, req.access!, req.viewer as Viewer);
    const [[group], agendas] = await Promise.all([
      this.db.query(`SELECT name FROM working_group WHERE id = $1`, [meeting.groupId]) as Promise<{ name: string }[]>,
      agendaLinesOf(this.db, [meeting.id]),
    ]);
    const body = renderCalendar({
      method: 'PUBLISH',
      events: [
        meetingEvent(meeting, group.name, this.config.publicUrl, {
          agenda: agendas.get(meeting.id),
          locale: requestContext.locale(),
        }),
      ],
    });
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Content-Type', CALENDAR_TYPE);
    res.setHeader(
      'Content-Disposition',
      contentDisposition(`kokous-${helsinkiLocal(meeting.startsAt).slice(0, 8)}.ics`),
    );
    res.status(200).send(body);
  }
}
