import type { RoleResolvers } from '../generated/resolvers-types.js';
import { loadRecord } from '../loadRecord.js';

export const Role: RoleResolvers = {
  of: (role, _args, { loaders }) => loadRecord(loaders.entity, role.ofId, 'Entity'),
  relations: (role) => [...role.relations],
};
