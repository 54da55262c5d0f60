import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

/**
 * A file attached to an agenda item: part of the agenda, which loads and prints it with its items.
 * Its bytes are in `attachment_content`, which only attachments/ reads and writes.
 */
@ObjectType('Attachment')
@Entity('attachment')
export class AttachmentEntity extends TimestampedEntity {
  @Field(() => ID)
  @Column('uuid')
  agendaItemId: string;

  @Field({ description: 'The name the file was uploaded with, made safe' })
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Field({ description: 'Detected from the content, e.g. application/pdf' })
  @Column({ type: 'varchar', length: 100 })
  mediaType: string;

  @Field(() => Int)
  @Column('int')
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the content, in hex; also the download ETag' })
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy: string | null;
}
