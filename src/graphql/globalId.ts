import { badUserInput } from './errors.js';

/** Schema types that implement `Node`. */
export const nodeTypes = ['Article', 'Entity', 'Mention', 'Quote', 'Relation'] as const;
export type NodeType = (typeof nodeTypes)[number];

/**
 * Opaque global id: base64 of "Type:storeId". Clients must not parse it; the type prefix lets
 * `node(id:)` find the right table and keeps ids unique across types whose store ids collide.
 */
export function toGlobalId(type: NodeType, storeId: string): string {
  return Buffer.from(`${type}:${storeId}`, 'utf8').toString('base64');
}

export interface ResolvedGlobalId {
  type: NodeType;
  storeId: string;
}

/** Reads a global id; BAD_USER_INPUT when it was not made by `toGlobalId`. */
export function fromGlobalId(globalId: string): ResolvedGlobalId {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon);
  const storeId = decoded.slice(colon + 1);
  // Node's base64 decoder skips junk instead of failing, so re-encode to prove the round trip.
  if (colon < 1 || !storeId || !isNodeType(type) || toGlobalId(type, storeId) !== globalId) {
    throw badUserInput(`Invalid ID "${globalId}": not an id issued by this API.`);
  }
  return { type, storeId };
}

/** Reads a global id that must name a `type`; BAD_USER_INPUT for another kind of id. */
export function storeIdOf(globalId: string, type: NodeType): string {
  const resolved = fromGlobalId(globalId);
  if (resolved.type !== type) {
    throw badUserInput(`Invalid ID "${globalId}": expected an id of type ${type}, got one of type ${resolved.type}.`);
  }
  return resolved.storeId;
}

function isNodeType(type: string): type is NodeType {
  return (nodeTypes as readonly string[]).includes(type);
}
