import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AgendasModule } from '../agendas/agendas.module.js';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { AuthMiddleware } from '../auth/auth.middleware.js';
import { AuthModule } from '../auth/auth.module.js';
import { MeetingPackController } from './meeting-pack.controller.js';
import { MeetingPackService } from './meeting-pack.service.js';

/** The meeting pack (kokousmateriaali): the agenda and its PDF attachments as one document. */
@Module({
  imports: [AuthModule, AgendasModule, AttachmentsModule],
  controllers: [MeetingPackController],
  providers: [MeetingPackService],
})
export class MeetingPackModule implements NestModule {
  /** The pack's route knows who asks, for the access guard. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes(MeetingPackController);
  }
}
