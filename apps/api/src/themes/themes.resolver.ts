import { MANAGING_ROLES } from '@elinvoima/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ANY_ROLE, RequireGroupRole } from '../auth/access.decorators.js';
import { groupById } from '../groups/group.target.js';
import { CreateThemeInput, ThemeUsageArgs } from './dto/theme.inputs.js';
import { ThemeEntity } from './theme.entity.js';
import { ThemeUsage } from './theme-usage.js';
import { ThemesService } from './themes.service.js';
import { ListBound } from '../graphql/list-bounds.js';

@Resolver(() => ThemeEntity)
export class ThemesResolver {
  constructor(private readonly service: ThemesService) {}

  @RequireGroupRole(ANY_ROLE, groupById('groupId'))
  @ListBound(100)
  @Query(() => [ThemeEntity], { description: "The group's theme catalogue" })
  themes(@Args('groupId', { type: () => ID }) groupId: string): Promise<ThemeEntity[]> {
    return this.service.list(groupId);
  }

  @RequireGroupRole(ANY_ROLE, groupById('groupId'))
  @ListBound(100)
  @Query(() => [ThemeUsage], { description: 'How often each theme was handled in a period' })
  themeUsage(@Args() args: ThemeUsageArgs): Promise<ThemeUsage[]> {
    return this.service.usage(args);
  }

  @RequireGroupRole(MANAGING_ROLES, groupById('input.groupId'))
  @Mutation(() => ThemeEntity)
  createTheme(@Args('input') input: CreateThemeInput): Promise<ThemeEntity> {
    return this.service.create(input);
  }
}
