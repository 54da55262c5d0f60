import { Module } from '@nestjs/common';
import { AccessibilityResolver } from './accessibility.resolver.js';

@Module({ providers: [AccessibilityResolver] })
export class AccessibilityModule {}
