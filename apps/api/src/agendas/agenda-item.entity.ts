import { AgendaItemKind } from '@elinvoima/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, VersionColumn } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

registerEnumType(AgendaItemKind, {
  name: 'AgendaItemKind',
  valuesMap: {
    INFORMATION: { description: 'tiedoksi' },
    DISCUSSION: { description: 'keskustelu' },
    DECISION: { description: 'päätös' },
  },
});

/** One numbered section (§) of a meeting's agenda. */
@ObjectType('AgendaItem')
@Entity('agenda_item')
export class AgendaItemEntity extends TimestampedEntity {
  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  /** 1-based; shown as § 1, § 2 … */
  @Field(() => Int)
  @Column()
  position: number;

  @Field()
  @Column()
  title: string;

  @Field({ description: 'Markdown source' })
  @Column({ default: '' })
  description: string;

  @Field(() => AgendaItemKind)
  @Column({ type: 'enum', enum: AgendaItemKind, enumName: 'agenda_item_kind', default: AgendaItemKind.INFORMATION })
  kind: AgendaItemKind;

  @Field(() => String, { nullable: true, description: 'Proposal for decision (päätösehdotus)' })
  @Column({ type: 'text', nullable: true })
  proposal: string | null;

  @Field(() => ID, { nullable: true, description: 'A member of the group presenting the item' })
  @Column({ type: 'uuid', nullable: true })
  presenterUserId: string | null;

  @Field(() => String, { nullable: true, description: 'An outside presenter, e.g. a project manager' })
  @Column({ type: 'varchar', nullable: true })
  presenterName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  presenterOrganization: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  plannedMinutes: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
