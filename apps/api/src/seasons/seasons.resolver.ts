import { MANAGING_ROLES } from '@elinvoima/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireGroupRole } from '../auth/access.decorators.js';
import { groupById } from '../groups/group.target.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { ConfirmSeasonInput, PlanSeasonInput, SEASON_MEETINGS_MAX } from './dto/season.inputs.js';
import { SeasonProposal } from './season-proposal.js';
import { SeasonsService } from './seasons.service.js';
import { ListBound } from '../graphql/list-bounds.js';

@Resolver()
export class SeasonsResolver {
  constructor(private readonly seasons: SeasonsService) {}

  @RequireGroupRole(MANAGING_ROLES, groupById('input.groupId'))
  @ListBound(SEASON_MEETINGS_MAX)
  @Query(() => [SeasonProposal], {
    description: "Proposes a season's meeting dates: public holidays skipped, clashes flagged",
  })
  planSeason(@Args('input') input: PlanSeasonInput): Promise<SeasonProposal[]> {
    return this.seasons.plan(input);
  }

  @RequireGroupRole(MANAGING_ROLES, groupById('input.groupId'))
  @ListBound(SEASON_MEETINGS_MAX)
  @Mutation(() => [MeetingEntity], { description: "Creates the season's meetings in one transaction" })
  confirmSeason(@Args('input') input: ConfirmSeasonInput): Promise<MeetingEntity[]> {
    return this.seasons.confirm(input);
  }
}
