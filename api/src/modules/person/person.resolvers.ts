import type { Resolvers } from '../../__generated__/resolvers-types';
import { listPeople, personOf } from './person.service';

export const personResolvers: Resolvers = {
  Query: {
    people: (_parent, args, { viewer }) => listPeople(viewer, args),
  },
  Person: {
    id: (person) => person.userId,
    displayName: (person) => person.name ?? person.userId,
  },
  // Whoever may read the follow-up may read who works on it.
  FollowUp: {
    assignee: (followUp, _args, { loaders }) => (followUp.assigneeId ? personOf(loaders, followUp.assigneeId) : null),
    createdByPerson: (followUp, _args, { loaders }) => personOf(loaders, followUp.createdBy),
    closedByPerson: (followUp, _args, { loaders }) => (followUp.closedBy ? personOf(loaders, followUp.closedBy) : null),
  },
};
