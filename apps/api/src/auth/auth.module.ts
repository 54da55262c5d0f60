import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access.guard.js';
import { AuthCookies } from './auth-cookies.js';
import { AuthMiddleware } from './auth.middleware.js';
import { AuthService } from './auth.service.js';
import { GroupAccessService } from './group-access.service.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';
import { LoginLimiter } from './login-limiter.js';
import { SessionSweeper } from './session-sweeper.js';
import { SessionEntity } from './session.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, LoginAttemptEntity])],
  providers: [
    AuthService,
    AuthMiddleware,
    AuthCookies,
    LoginLimiter,
    SessionSweeper,
    GroupAccessService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, AuthMiddleware, AuthCookies, GroupAccessService],
})
export class AuthModule {}
