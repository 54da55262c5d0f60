import {
  BREAK,
  type DocumentNode,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  getVariableValues,
  type GraphQLSchema,
  isInputObjectType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  visit,
} from 'graphql';
import { type ComplexityEstimator, type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { declaredListBounds, type ListBoundValue } from './list-bounds.js';

/**
 * The sizes of the introspection lists are this schema's own (how many types, the most fields of
 * one type…), so an introspection query costs what it would really return.
 */
function introspectionBounds(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const most = (counts: number[]) => Math.max(1, ...counts);
  const fieldsOf = types.filter((t) => isObjectType(t)).map((t) => Object.values(t.getFields()));
  const directives = schema.getDirectives();
  return {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': most(fieldsOf.map((f) => f.length)),
    '__Type.inputFields': most(types.filter((t) => isInputObjectType(t)).map((t) => Object.keys(t.getFields()).length)),
    '__Type.enumValues': most(types.map((t) => ('getValues' in t ? t.getValues().length : 0))),
    '__Type.interfaces': most(types.map((t) => ('getInterfaces' in t ? t.getInterfaces().length : 0))),
    '__Type.possibleTypes': most(types.map((t) => ('getTypes' in t ? t.getTypes().length : 0))),
    '__Field.args': most(fieldsOf.flat().map((f) => f.args.length)),
    '__Directive.args': most(directives.map((d) => d.args.length)),
  };
}

function boundOf(bound: ListBoundValue | undefined, args: Record<string, unknown>): number | undefined {
  return typeof bound === 'function' ? bound(args) : bound;
}

/** The bounds of every list of objects in the schema: the declared ones and introspection's. */
export function listBoundsFor(schema: GraphQLSchema): Record<string, ListBoundValue> {
  return { ...declaredListBounds(schema), ...introspectionBounds(schema) };
}

/**
 * A field costs one, plus what it selects; a list of objects multiplies its selection by its
 * bound. So the cost estimates how many fields the answer can hold at most: `myGroups { members
 * { user { name } } }` costs 1 + 200 × (1 + 100 × (1 + 1)).
 */
export function boundedListEstimator(
  bounds: Record<string, ListBoundValue>,
  fallbackBound: number,
): (options: ComplexityEstimatorArgs) => number {
  return ({ type, field, args, childComplexity }) => {
    const fieldType = getNullableType(field.type);
    if (!isListType(fieldType) || isLeafType(getNamedType(fieldType))) return 1 + childComplexity;
    const bound = boundOf(bounds[`${type.name}.${field.name}`], args) ?? fallbackBound;
    return 1 + bound * childComplexity;
  };
}

/** Lists missing from the bounds (graphql-limits.spec.ts finds none) count as this long. */
const FALLBACK_BOUND = 100;

/** The fullest introspection query of the standard tools (GraphiQL, Apollo Sandbox, codegen). */
const FULL_INTROSPECTION = parse(
  getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  }),
);

const estimators = new WeakMap<GraphQLSchema, ComplexityEstimator>();

/**
 * The schema's estimator. Introspection is answered from memory and has a ceiling of its own: twice
 * what the fullest standard introspection query costs on this schema (room for tools that ask a
 * little more), so the tools keep working as the schema grows while a cycle such as `types { fields
 * { type { fields … } } }`, which multiplies the cost by the number of fields, is refused. Within
 * the ceiling an introspection field counts as one.
 */
export function costEstimatorFor(schema: GraphQLSchema): ComplexityEstimator {
  let estimator = estimators.get(schema);
  if (estimator) return estimator;
  const bounded = boundedListEstimator(listBoundsFor(schema), FALLBACK_BOUND);
  const introspectionCeiling = 2 * getComplexity({ schema, query: FULL_INTROSPECTION, estimators: [bounded] });
  estimator = (options) => {
    const cost = bounded(options);
    if (options.field.name !== '__schema' && options.field.name !== '__type') return cost;
    return cost <= introspectionCeiling ? 1 : cost;
  };
  estimators.set(schema, estimator);
  return estimator;
}

/** The estimated cost of an operation, with the given variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  estimator: ComplexityEstimator,
): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [estimator] });
}

const fieldsWithArgumentBounds = new WeakMap<GraphQLSchema, Set<string>>();

/** Field names whose bound is read from their arguments (`search(limit: …)`). */
function boundsFromArguments(schema: GraphQLSchema): Set<string> {
  let names = fieldsWithArgumentBounds.get(schema);
  if (!names) {
    const bounds = Object.entries(declaredListBounds(schema));
    names = new Set(bounds.filter(([, bound]) => typeof bound === 'function').map(([key]) => key.split('.')[1]));
    fieldsWithArgumentBounds.set(schema, names);
  }
  return names;
}

/** Whether a variable can change the cost: in @include or @skip, or in the arguments a bound reads. */
function costReadsVariables(schema: GraphQLSchema, document: DocumentNode): boolean {
  const readFromArguments = boundsFromArguments(schema);
  let reads = false;
  visit(document, {
    Directive(node) {
      if (
        (node.name.value === 'include' || node.name.value === 'skip') &&
        node.arguments?.some((a) => a.value.kind !== Kind.BOOLEAN)
      ) {
        reads = true;
        return BREAK;
      }
      return undefined;
    },
    Field(node) {
      if (readFromArguments.has(node.name.value) && node.arguments?.some((a) => a.value.kind === Kind.VARIABLE)) {
        reads = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return reads;
}

/** Costs of documents that no variable can change; Apollo keeps one object per validated document. */
const knownCosts = new WeakMap<DocumentNode, number>();

/**
 * The cost of the request's operation: Infinity where the document expands past what
 * graphql-query-complexity evaluates (10,000 fields, e.g. fragments that spread others many times),
 * undefined where the variables do not fit their types (execution refuses them).
 */
export function requestCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number | undefined {
  const known = knownCosts.get(document);
  if (known !== undefined) return known;
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return undefined;
  let cost: number;
  try {
    cost = operationCost(schema, document, operationName, variables, costEstimatorFor(schema));
  } catch {
    cost = Infinity;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
  if (operations === 1 && !costReadsVariables(schema, document)) knownCosts.set(document, cost);
  return cost;
}
