import type { Translate } from '@/lib/i18n';
import type { Notice as NoticeData } from '@/lib/panel/store';

export function Notice(props: { t: Translate; notice: NoticeData | null; onDismiss(): void }) {
  if (!props.notice) return <div role="status" aria-live="polite" className="notice-slot" />;
  const { kind, key, params } = props.notice;
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} aria-live="polite" className={`notice notice-${kind}`} data-testid="notice" data-kind={kind}>
      <span>{props.t(key, params)}</span>
      <button type="button" className="link" onClick={props.onDismiss} aria-label="×">
        ×
      </button>
    </div>
  );
}
