import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMIT_CODES, type GatewayLimits } from '../limits.js';

/**
 * Static limits on the document, checked while parsing and validating (graphql-armor), so an
 * abusive query is refused before any resolver runs. armor's errors carry no code; each gets
 * the code of its limit here.
 */
export function useQueryLimits(limits: Pick<GatewayLimits, 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxCost'>): Plugin {
  const coded = (code: string) => [(_context: unknown, error: GraphQLError) => setCode(error, code)];
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, onReject: coded(LIMIT_CODES.maxDepth) },
    maxAliases: { n: limits.maxAliases, onReject: coded(LIMIT_CODES.maxAliases) },
    maxTokens: { n: limits.maxTokens, onReject: coded(LIMIT_CODES.maxTokens) },
    costLimit: { maxCost: limits.maxCost, onReject: coded(LIMIT_CODES.maxCost) },
    // Directives are few in this schema; armor's default (50) is kept, with a code too.
    maxDirectives: { onReject: coded('MAX_DIRECTIVES_EXCEEDED') },
    // Field suggestions are another plugin's concern (hideFieldSuggestions.ts).
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
}

function setCode(error: GraphQLError, code: string): void {
  (error.extensions as Record<string, unknown>).code = code;
}
