import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, getOperationAST, print } from 'graphql';

/** One GraphQL request exactly as the web client sends it: the operation's text, its name and variables. */
export interface GraphqlRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

export function request<R, V>(document: TypedDocumentNode<R, V>, variables: V): GraphqlRequest {
  const operationName = getOperationAST(document as DocumentNode)?.name?.value;
  if (!operationName) throw new Error('every benchmarked operation has a name');
  return { operationName, query: print(document as DocumentNode), variables: variables as Record<string, unknown> };
}

export function headersFor(token: string, requestId?: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
    'accept-language': 'fi',
    ...(requestId ? { 'x-request-id': requestId } : {}),
  };
}

/** Sends one request and returns the parsed answer; GraphQL errors are the caller's to judge. */
export async function send(
  url: string,
  body: GraphqlRequest,
  token: string,
  requestId?: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: headersFor(token, requestId),
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}
