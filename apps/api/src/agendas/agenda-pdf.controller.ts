import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { ANY_ROLE, RequireGroupRole } from '../auth/access.decorators.js';
import { groupOfMeeting } from '../meetings/meeting.target.js';
import type { Viewer, ViewerRequest } from '../auth/viewer.js';
import { RestErrorFilter } from '../http/rest-error.filter.js';
import { sendDownload } from '../http/send-download.js';
import { requestContext } from '../context/request-context.js';
import { AgendaPdfService } from './agenda-pdf.service.js';

/** The agenda as a PDF file, for those who may read the agenda. */
@Controller()
@UseFilters(RestErrorFilter)
export class AgendaPdfController {
  constructor(private readonly pdf: AgendaPdfService) {}

  @Get('meetings/:id/agenda.pdf')
  @RequireGroupRole(ANY_ROLE, groupOfMeeting('id'))
  async agenda(@Param('id') id: string, @Req() req: ViewerRequest, @Res() res: Response): Promise<void> {
    const { fileName, content } = await this.pdf.render(id, req.access!, req.viewer as Viewer, requestContext.locale());
    // A draft or a changed agenda must not linger in shared caches or go stale in the browser.
    sendDownload(res, { fileName, type: 'application/pdf', content, caching: 'revalidate' });
  }
}
