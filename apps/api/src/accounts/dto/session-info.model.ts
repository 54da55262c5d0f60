import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session', { description: 'A browser or client where the viewer is signed in' })
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field({ description: 'When the person signed in there' })
  createdAt: Date;

  @Field({ description: 'Last use, to within an hour' })
  lastSeenAt: Date;

  @Field()
  expiresAt: Date;

  @Field({ description: 'This is the session the request came with' })
  current: boolean;
}
