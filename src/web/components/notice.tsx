// src/web/components/notice.tsx — a short confirmation after a change, announced politely to screen readers

import { Alert } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../lib/i18n.js';
import { IconCheck } from './icons.js';

export function useNotice(): [React.ReactNode, (text: string | null) => void] {
  const { t } = useI18n();
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    if (!text) return;
    const timer = window.setTimeout(() => setText(null), 6000);
    return () => window.clearTimeout(timer);
  }, [text]);
  const show = useCallback((next: string | null) => setText(next), []);
  const node = (
    <div aria-live="polite" className="ccq-notice">
      {text && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck />}
          withCloseButton
          closeButtonLabel={t.common.close}
          onClose={() => setText(null)}
          mb="md"
        >
          {text}
        </Alert>
      )}
    </div>
  );
  return [node, show];
}
