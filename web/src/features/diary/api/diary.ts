import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { diaryKeys } from '@/features/diary/api/diary-keys';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { DiaryEntrySortInput, StaffSortInput } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export const DiaryDraftQuery = graphql(`
  query DiaryDraft($day: DateOnly) {
    diaryDraft(day: $day) {
      day
      isWritable
      visitCount
      callCount
      dealsMovedCount
      contractsDraftedCount
      contractsSubmittedCount
      complaintsAnsweredCount
      visits {
        id
        subject
        customer {
          id
          name
        }
      }
      calls {
        id
        subject
        customer {
          id
          name
        }
      }
      dealsMoved {
        id
        title
        stage
      }
      contractsDrafted {
        id
        number
      }
      contractsSubmitted {
        id
        number
      }
      complaintsAnswered {
        id
        number
      }
      entry {
        id
        summary
        tomorrowPlan
        version
        updatedAt
      }
    }
  }
`);

export type DiaryDraft = NonNullable<ResultOf<typeof DiaryDraftQuery>['diaryDraft']>;

/** The caller's facts of a day (today when no day is given) and the day's entry when written. */
export function useDiaryDraft(username: string, day?: string) {
  return useQuery({
    queryKey: diaryKeys.draft(username, day),
    queryFn: ({ signal }) => graphqlClient.request(DiaryDraftQuery, { day }, signal),
    select: (data) => data.diaryDraft,
  });
}

export const DiaryEntryRowFields = graphql(`
  fragment DiaryEntryRowFields on DiaryEntry {
    id
    day
    visitsMade
    callsMade
    dealsMoved
    contractsDrafted
    contractsSubmitted
    complaintsAnswered
    summary
    tomorrowPlan
    updatedAt
    staff {
      id
      name
      employeeNumber
    }
  }
`);

export type DiaryEntryRow = ResultOf<typeof DiaryEntryRowFields>;

export const DiaryEntriesQuery = graphql(`
  query DiaryEntries(
    $first: Int
    $after: String
    $order: [DiaryEntrySortInput!]
    $where: DiaryEntryFilterInput
  ) {
    diaryEntries(first: $first, after: $after, order: $order, where: $where) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...DiaryEntryRowFields
      }
    }
  }
`);

/** The entries of one day in the caller's scope (a manager: the region's team), latest first. */
export const diaryEntriesOfDay = (username: string, day: string): CursorSource<DiaryEntryRow> => ({
  queryKey: diaryKeys.entries(username, day),
  fetchPage: (first, after, signal, order) =>
    graphqlClient
      .request(
        DiaryEntriesQuery,
        {
          first,
          after,
          order: (order as DiaryEntrySortInput[] | undefined) ?? [{ updatedAt: 'DESC' }],
          where: { day: { eq: day } },
        },
        signal,
      )
      .then((data) => {
        if (!data.diaryEntries) throw new Error('The diary is not yours to read.');
        return {
          ...data.diaryEntries,
          nodes: getFragmentData(DiaryEntryRowFields, data.diaryEntries.nodes),
        };
      }),
});

export const MissingDiariesQuery = graphql(`
  query MissingDiaries($day: DateOnly, $first: Int, $after: String, $order: [StaffSortInput!]) {
    missingDiaries(day: $day, first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        name
        employeeNumber
        region {
          id
          name
        }
      }
    }
  }
`);

type MissingDiariesPage = NonNullable<ResultOf<typeof MissingDiariesQuery>['missingDiaries']>;
export type MissingDiaryRow = MissingDiariesPage['nodes'][number];

/** The team's reps with no entry for the day, by employee number. */
export const missingDiaries = (username: string, day: string): CursorSource<MissingDiaryRow> => ({
  queryKey: diaryKeys.missing(username, day),
  fetchPage: (first, after, signal, order) =>
    graphqlClient
      .request(
        MissingDiariesQuery,
        { day, first, after, order: order as StaffSortInput[] | undefined },
        signal,
      )
      .then((data) => {
        if (!data.missingDiaries) throw new Error('The team diary is not yours to read.');
        return data.missingDiaries;
      }),
});

export const WriteDiaryEntryMutation = graphql(`
  mutation WriteDiaryEntry($input: WriteDiaryEntryInput!) {
    writeDiaryEntry(input: $input) {
      entry {
        id
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** After an entry was written: every diary read again. */
export function useRefreshAfterDiary() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: diaryKeys.all });
}
