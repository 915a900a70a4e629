/** Every query key of the diary feature; writing an entry changes only these. */
export const diaryKeys = {
  all: ['diary'] as const,
  draft: (username: string, day: string | undefined) => ['diary', username, 'draft', day] as const,
  entries: (username: string, day: string) => ['diary', username, 'entries', day] as const,
  missing: (username: string, day: string) => ['diary', username, 'missing', day] as const,
};
