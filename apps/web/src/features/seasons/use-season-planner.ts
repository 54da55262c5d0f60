import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  ConfirmSeasonDocument,
  type MeetingKind,
  PlanSeasonDocument,
  type PlanSeasonQuery,
  type SeasonRuleType,
  ThemesDocument,
} from '@elinvoima/graphql';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { type ApiError, type FieldError, requestError } from '../../lib/errors';
import { dateProblem } from '../../ui/date-problem';
import { parseFinnishDates } from './parse-dates';
import { seasonInput } from './season-input';

export type Proposal = PlanSeasonQuery['planSeason'][number];

/** The season's first and last day, checked before asking the API: each must be there and be a date. */
function rangeProblems(form: FormData, t: (key: MessageKey) => string): FieldError[] {
  return (['from', 'to'] as const).flatMap((field) => {
    const value = String(form.get(field) ?? '');
    if (!value) return [{ field, message: t('form.requiredField') }];
    return dateProblem(value) ? [{ field, message: t('dateField.invalid') }] : [];
  });
}

/** What the secretary makes of one proposed date. */
export interface SeasonRow {
  include: boolean;
  title: string;
  kind: MeetingKind;
  themeId: string;
}

/** The season planner: a rule gives proposed dates, the secretary keeps some and creates them as meetings. */
export function useSeasonPlanner(groupId: string) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: themes } = useQuery(ThemesDocument, { variables: { groupId } });
  const [plan, { data, loading: proposing }] = useLazyQuery(PlanSeasonDocument, { fetchPolicy: 'network-only' });
  const [confirm, { loading: creating }] = useMutation(ConfirmSeasonDocument);
  const [rule, setRule] = useState<SeasonRuleType>('DATES');
  const [error, setError] = useState<ApiError | null>(null);
  const [rows, setRows] = useState<SeasonRow[]>([]);
  const [proposals, setProposals] = useState<Proposal[]>([]);

  async function propose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    const dates = parseFinnishDates(String(form.get('dates') ?? ''));
    const fields = rangeProblems(form, t);
    if (rule === 'DATES' && dates.invalid.length)
      fields.push({ field: 'dates', message: t('season.invalidDate', { value: dates.invalid[0] }) });
    if (fields.length) {
      setError({ code: 'BAD_USER_INPUT', message: '', fields });
      return;
    }
    try {
      const result = await plan({ variables: { input: seasonInput(groupId, rule, form, dates.valid) } });
      if (result.error) throw result.error;
      const found = result.data?.planSeason ?? [];
      setProposals(found);
      // A date left out for a holiday starts unchecked; the others start as regular meetings.
      setRows(
        found.map((p) => ({ include: !p.skippedBecause, title: t('kind.REGULAR'), kind: 'REGULAR', themeId: '' })),
      );
    } catch (failure) {
      setError(requestError(failure, t('error.network')));
    }
  }

  async function create() {
    const meetings = proposals
      .map((p, i) => ({ p, row: rows[i] }))
      .filter(({ row }) => row.include)
      .map(({ p, row }) => ({
        title: row.title,
        kind: row.kind,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        themeIds: row.themeId ? [row.themeId] : [],
      }));
    setError(null);
    try {
      await confirm({ variables: { input: { groupId, meetings } } });
      navigate(`/ryhmat/${groupId}/kokoukset`);
    } catch (failure) {
      setError(requestError(failure, t('error.network')));
    }
  }

  function updateRow(index: number, change: Partial<SeasonRow>) {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  /** The API numbers only the meetings sent, so a kept row's errors are under its place among the kept ones. */
  function rowErrors(index: number): FieldError[] {
    if (!rows[index]?.include) return [];
    const sentAs = rows.slice(0, index).filter((r) => r.include).length;
    return error?.fields.filter((f) => f.field.startsWith(`meetings.${sentAs}.`)) ?? [];
  }

  return {
    themes: themes?.themes ?? [],
    rule,
    setRule,
    error,
    proposed: Boolean(data),
    proposals,
    rows,
    updateRow,
    rowErrors,
    included: rows.filter((r) => r.include).length,
    propose,
    proposing,
    create,
    creating,
  };
}

export type SeasonPlanner = ReturnType<typeof useSeasonPlanner>;
