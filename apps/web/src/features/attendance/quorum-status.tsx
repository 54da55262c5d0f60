import type { QuorumCount } from '@elinvoima/domain';
import { useI18n } from '../../i18n/i18n';

/** Whether the meeting has a quorum, in words, marked by more than colour. */
export function QuorumStatus({ quorum }: { quorum: QuorumCount }) {
  const { t } = useI18n();
  const params = { present: quorum.presentCount, members: quorum.memberCount, required: quorum.required };
  return (
    <p className={`quorum ${quorum.reached ? 'quorum--reached' : 'quorum--missing'}`}>
      <span aria-hidden="true">{quorum.reached ? '✓ ' : '✗ '}</span>
      {t(quorum.reached ? 'attendance.quorumReached' : 'attendance.quorumNotReached', params)}
    </p>
  );
}

/** Each item's quorum, without those disqualified from it or not there for it. */
export function ItemQuorumList({
  items,
  quorums,
}: {
  items: readonly { id: string; number: string; title: string }[];
  quorums: readonly QuorumCount[];
}) {
  const { t } = useI18n();
  return (
    <ul className="plain-list item-quorums">
      {items.map((item, i) => {
        const q = quorums[i];
        const params = { number: item.number, title: item.title, present: q.presentCount, members: q.memberCount };
        return (
          <li key={item.id} className={q.reached ? undefined : 'item-quorums__missing'}>
            {t(q.reached ? 'attendance.itemReached' : 'attendance.itemNotReached', params)}
          </li>
        );
      })}
    </ul>
  );
}
