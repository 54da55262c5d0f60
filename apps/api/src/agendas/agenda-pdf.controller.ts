import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { ANY_ROLE, RequireGroupRole } from '../auth/access.decorators.js';
import { groupOfMeeting } from '../meetings/meeting.target.js';
import type { Viewer, ViewerRequest } from '../auth/viewer.js';
import { contentDisposition } from '../http/file-name.js';
import { RestErrorFilter } from '../http/rest-error.filter.js';
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
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(content.length));
    res.setHeader('Content-Disposition', contentDisposition(fileName));
    res.status(200).end(content);
  }
}
