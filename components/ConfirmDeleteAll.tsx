import { useEffect, useRef } from 'react';
import type { Translate } from '@/lib/i18n';

/** "Delete all my data" with an explicit confirmation step (focus moves to the question). */
export function ConfirmDeleteAll(props: { t: Translate; confirming: boolean; onAsk(value: boolean): void; onConfirm(): void }) {
  const { t } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.confirming) cancelRef.current?.focus();
  }, [props.confirming]);
  if (!props.confirming) {
    return (
      <div className="card">
        <button type="button" className="danger" data-testid="delete-all" onClick={() => props.onAsk(true)}>
          {t('data.deleteAll')}
        </button>
      </div>
    );
  }
  return (
    <div className="card" role="alertdialog" aria-labelledby="confirm-delete-text" aria-modal="false">
      <p id="confirm-delete-text">{t('data.confirm')}</p>
      <div className="actions">
        <button type="button" className="danger" data-testid="delete-all-confirm" onClick={props.onConfirm}>
          {t('data.confirmYes')}
        </button>
        <button type="button" ref={cancelRef} onClick={() => props.onAsk(false)}>
          {t('data.cancel')}
        </button>
      </div>
    </div>
  );
}
