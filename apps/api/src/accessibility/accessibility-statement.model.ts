import { Field, ObjectType } from '@nestjs/graphql';

/** What the accessibility statement needs from the deployment; its text lives in the web client. */
@ObjectType('AccessibilityStatement')
export class AccessibilityStatementModel {
  @Field({ description: 'Where people send accessibility feedback; set by ACCESSIBILITY_FEEDBACK_EMAIL' })
  feedbackEmail!: string;
}
