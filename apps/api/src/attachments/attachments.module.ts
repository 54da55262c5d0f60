import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AuthMiddleware } from '../auth/auth.middleware.js';
import { AuthModule } from '../auth/auth.module.js';
import { AgendasModule } from '../agendas/agendas.module.js';
import { AttachmentsController } from './attachments.controller.js';
import { AgendaItemAttachmentsResolver, AttachmentsResolver } from './attachments.resolver.js';
import { AttachmentsService } from './attachments.service.js';

@Module({
  imports: [AuthModule, AgendasModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentsResolver, AgendaItemAttachmentsResolver],
  exports: [AttachmentsService],
})
export class AttachmentsModule implements NestModule {
  /** The file routes know who asks, for the access guard. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes(AttachmentsController);
  }
}
