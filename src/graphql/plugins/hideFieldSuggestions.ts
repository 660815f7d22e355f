import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';

/**
 * Drops graphql-js's "Did you mean …?" hints from validation errors: outside development they
 * let anyone map the schema field by field even with introspection off.
 */
export function useHideFieldSuggestions(): Plugin {
  return EnvelopArmorPlugin({
    blockFieldSuggestion: { enabled: true, mask: '' },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
    costLimit: { enabled: false },
  }) as Plugin;
}
