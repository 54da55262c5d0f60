import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Drops "Did you mean …?" from every error message (unknown fields, arguments, types and enum
 * values), which would otherwise reveal the schema piece by piece where introspection is off.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(/ ?Did you mean .+\?$/s, '');
        },
      };
    },
  };
}
