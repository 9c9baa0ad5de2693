// Partners contributes fields to the territory service's entity; a reference carries everything needed.
export const territoryResolvers = {
  Territory: {
    __resolveReference: (ref: { level: string; code: string }) => ({ level: ref.level, code: ref.code }),
  },
};
