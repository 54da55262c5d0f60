import { Module } from '@nestjs/common';
import { AgendaResolver } from './agenda.resolver.js';
import { AgendaService } from './agenda.service.js';

@Module({ providers: [AgendaService, AgendaResolver] })
export class AgendasModule {}
