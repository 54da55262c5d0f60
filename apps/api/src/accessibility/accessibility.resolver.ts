import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorators.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { AccessibilityStatementModel } from './accessibility-statement.model.js';

@Resolver(() => AccessibilityStatementModel)
export class AccessibilityResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Public: the Act on the Provision of Digital Services requires the statement to be open to anyone. */
  @Public()
  @Query(() => AccessibilityStatementModel, { description: "The deployment's part of the accessibility statement" })
  accessibilityStatement(): AccessibilityStatementModel {
    return { feedbackEmail: this.config.accessibilityFeedbackEmail };
  }
}
