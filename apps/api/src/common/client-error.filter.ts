import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GraphQLError } from 'graphql';

/**
 * Errors the API raises on purpose (`DomainError`, validation) return to the GraphQL client as
 * they are. Without this, Nest's exceptions handler logs every wrong password or missing field at
 * error level; unexpected errors are still logged, once, by `formatGraphqlError`.
 */
@Catch(GraphQLError)
export class ClientErrorFilter extends BaseExceptionFilter {
  override catch(exception: GraphQLError, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
