import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/access.decorators.js';
import type { Viewer } from '../auth/viewer.js';
import { SEARCH_LIMIT_MAX, SearchArgs } from './dto/search.args.js';
import { SearchHit } from './search-hit.model.js';
import { SearchService } from './search.service.js';
import { ListBound } from '../graphql/list-bounds.js';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @ListBound((args) => Math.min(Math.max(Number(args.limit) || 1, 1), SEARCH_LIMIT_MAX))
  @Query(() => [SearchHit], {
    description: 'Finnish full-text search over the meetings and agenda items the viewer may see, best matches first',
  })
  search(@Args() args: SearchArgs, @CurrentViewer() viewer: Viewer): Promise<SearchHit[]> {
    return this.service.search(args, viewer);
  }
}
