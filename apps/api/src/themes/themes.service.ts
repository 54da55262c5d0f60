import { MeetingStatus } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import type { CreateThemeInput, ThemeUsageArgs } from './dto/theme.inputs.js';
import { ThemeEntity } from './theme.entity.js';
import type { ThemeUsage } from './theme-usage.js';

/** The catalogue every new group starts with. */
export const DEFAULT_THEMES = [
  { nameFi: 'asuminen', nameEn: 'housing', colour: '#1f6f8b' },
  { nameFi: 'yrittäjyys', nameEn: 'entrepreneurship', colour: '#8a4f00' },
  { nameFi: 'alkutuotanto', nameEn: 'primary production', colour: '#2f6b2f' },
  { nameFi: 'talous ja budjetti', nameEn: 'finances and budget', colour: '#6b3fa0' },
  { nameFi: 'kuntastrategia', nameEn: 'municipal strategy', colour: '#a3344b' },
];

@Injectable()
export class ThemesService {
  constructor(private readonly db: DataSource) {}

  list(groupId: string): Promise<ThemeEntity[]> {
    return this.db.getRepository(ThemeEntity).find({ where: { groupId }, order: { nameFi: 'ASC' } });
  }

  async create(input: CreateThemeInput): Promise<ThemeEntity> {
    const repository = this.db.getRepository(ThemeEntity);
    const exists = await repository
      .createQueryBuilder('t')
      .where('t.groupId = :groupId AND lower(t.nameFi) = lower(:name)', { groupId: input.groupId, name: input.nameFi })
      .getExists();
    if (exists) throw DomainError.badInput('nameFi', 'theme.exists');
    return repository.save(repository.create({ ...input, colour: input.colour ?? null }));
  }

  /** Counts for every theme of the group, cancelled meetings left out. */
  async usage(args: ThemeUsageArgs): Promise<ThemeUsage[]> {
    const rows = (await this.db.query(
      `SELECT t.id,
              (SELECT count(*)::int FROM meeting_theme mt JOIN meeting m ON m.id = mt.meeting_id
                WHERE mt.theme_id = t.id AND m.status <> $4 AND m.starts_at >= $2 AND m.starts_at < $3) AS meetings,
              (SELECT count(*)::int FROM agenda_item_theme ait JOIN agenda_item i ON i.id = ait.agenda_item_id
                 JOIN meeting m ON m.id = i.meeting_id
                WHERE ait.theme_id = t.id AND m.status <> $4 AND m.starts_at >= $2 AND m.starts_at < $3) AS agenda_items
         FROM theme t WHERE t.group_id = $1`,
      [args.groupId, args.from, args.to, MeetingStatus.CANCELLED],
    )) as { id: string; meetings: number; agenda_items: number }[];
    const themes = await this.list(args.groupId);
    return themes.map((theme) => {
      const row = rows.find((r) => r.id === theme.id);
      return { theme, meetings: row?.meetings ?? 0, agendaItems: row?.agenda_items ?? 0 };
    });
  }
}

/** Gives a new group its theme catalogue. */
export async function addDefaultThemes(tx: EntityManager, groupId: string): Promise<void> {
  await tx.getRepository(ThemeEntity).insert(DEFAULT_THEMES.map((t) => ({ ...t, groupId })));
}
