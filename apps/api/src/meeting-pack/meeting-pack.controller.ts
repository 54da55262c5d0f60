import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { ANY_ROLE, RequireGroupRole } from '../auth/access.decorators.js';
import type { Viewer, ViewerRequest } from '../auth/viewer.js';
import { requestContext } from '../context/request-context.js';
import { RestErrorFilter } from '../http/rest-error.filter.js';
import { sendDownload } from '../http/send-download.js';
import { groupOfMeeting } from '../meetings/meeting.target.js';
import { MeetingPackService } from './meeting-pack.service.js';

/** The meeting pack as one PDF, for those who may read the agenda. */
@Controller()
@UseFilters(RestErrorFilter)
export class MeetingPackController {
  constructor(private readonly packs: MeetingPackService) {}

  @Get('meetings/:id/meeting-pack.pdf')
  @RequireGroupRole(ANY_ROLE, groupOfMeeting('id'))
  async pack(@Param('id') id: string, @Req() req: ViewerRequest, @Res() res: Response): Promise<void> {
    const { fileName, content } = await this.packs.pack(id, req.access!, req.viewer as Viewer, requestContext.locale());
    // A draft or a changed agenda must not linger in shared caches or go stale in the browser.
    sendDownload(res, { fileName, type: 'application/pdf', content, caching: 'revalidate' });
  }
}
