import { useQuery } from '@apollo/client/react';
import { helsinkiTime } from '@elinvoima/domain';
import { type MeetingFieldsFragment, MeetingsDocument } from '@elinvoima/graphql';
import { useMemo } from 'react';
import { helsinkiDate } from '../../lib/dates';
import { gridRange, monthGrid, monthOf } from '../../lib/month-grid';

/** A month's grid of weeks and the group's meetings on its days, fetched for the whole grid. */
export function useMonthMeetings(groupId: string, month: string) {
  const weeks = useMemo(() => monthGrid(month), [month]);
  const { firstDay, dayAfter } = gridRange(weeks);
  const { data, loading, error } = useQuery(MeetingsDocument, {
    variables: {
      groupId,
      from: helsinkiTime(firstDay, '00:00').toISOString(),
      to: helsinkiTime(dayAfter, '00:00').toISOString(),
    },
    fetchPolicy: 'cache-and-network',
  });
  const byDay = useMemo(() => {
    const days = new Map<string, MeetingFieldsFragment[]>();
    for (const meeting of data?.meetings ?? []) {
      const day = helsinkiDate(meeting.startsAt);
      days.set(day, [...(days.get(day) ?? []), meeting]);
    }
    return days;
  }, [data]);
  const inMonth = (data?.meetings ?? []).filter((m) => monthOf(helsinkiDate(m.startsAt)) === month);
  return {
    weeks,
    byDay,
    loaded: Boolean(data),
    loading: loading && !data,
    failed: Boolean(error) && !data,
    inMonth: inMonth.length,
  };
}

export type MonthMeetings = ReturnType<typeof useMonthMeetings>;
