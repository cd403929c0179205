// src/web/assessments/requirement-evidence.tsx — the evidence supporting one requirement: list, upload, add a link, link from the library, unlink

import { ActionIcon, Button, Group, NativeSelect, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { TEvidence } from '../../contracts/conformity.js';
import { formatDate } from '../../i18n/index.js';
import { ValidityBadge } from '../components/conformity.js';
import { FormModal, useFormSubmit } from '../components/form-modal.js';
import { IconLink, IconPlus, IconTrash, IconUpload } from '../components/icons.js';
import { Empty, Section } from '../components/layout.js';
import { useRowAction } from '../components/list-page.js';
import { AddLinkModal, UploadEvidenceModal } from '../evidence/evidence-dialogs.js';
import { EvidenceName, KindBadge } from '../evidence/evidence-parts.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import type { WorkspaceData } from './workspace.js';

type Dialog = 'upload' | 'link' | 'library' | null;

export function RequirementEvidence({ requirementRef: ref, data }: { requirementRef: string; data: WorkspaceData }) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const row = useRowAction();
  const assessmentId = data.view.assessment.id;
  const mayChange = data.readOnly === null && can(active, 'evidence:manage');
  const here = (data.evidence ?? []).filter((e) => e.links.some((l) => l.assessmentId === assessmentId && l.ref === ref));
  const added = () => {
    setDialog(null);
    data.reloadEvidence();
  };
  const unlink = (e: TEvidence) =>
    row.run(e.id, async () => {
      await api.post(`/api/v1/evidence/${encodeURIComponent(e.id)}/unlink`, { assessmentId, ref });
      data.reloadEvidence();
    });

  return (
    <Section
      id="requirement-evidence"
      title={t.assessments.evidenceFor(ref)}
      description={t.assessments.evidenceHint}
      actions={
        mayChange && (
          <Group gap="xs">
            <Button size="xs" leftSection={<IconUpload size={14} />} onClick={() => setDialog('upload')}>
              {t.evidence.upload}
            </Button>
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDialog('link')}>
              {t.evidence.addLink}
            </Button>
            <Button size="xs" variant="light" leftSection={<IconLink size={14} />} onClick={() => setDialog('library')}>
              {t.evidence.fromLibrary}
            </Button>
          </Group>
        )
      }
    >
      {row.errorNode}
      {here.length === 0 ? (
        <Empty>{data.evidence === null ? t.common.loading : t.assessments.noEvidence}</Empty>
      ) : (
        <Table verticalSpacing="xs" horizontalSpacing="lg">
          <Table.Tbody>
            {here.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <EvidenceName evidence={e} />
                </Table.Td>
                <Table.Td>
                  <KindBadge kind={e.kind} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <ValidityBadge validity={e.validity} />
                    {e.validUntil && (
                      <Text size="xs" c="dimmed" className="ccq-nowrap">
                        {t.evidence.until(formatDate(e.validUntil, locale))}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                {mayChange && (
                  <Table.Td ta="right">
                    <Tooltip label={t.assessments.unlink} withArrow>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => void unlink(e)}
                        loading={row.busyId === e.id}
                        aria-label={t.assessments.unlinkNamed(e.title)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <UploadEvidenceModal
        opened={dialog === 'upload'}
        onClose={() => setDialog(null)}
        onAdded={added}
        attachTo={{ assessmentId, refs: [ref] }}
      />
      <AddLinkModal opened={dialog === 'link'} onClose={() => setDialog(null)} onAdded={added} attachTo={{ assessmentId, refs: [ref] }} />
      <LinkExistingModal
        opened={dialog === 'library'}
        onClose={() => setDialog(null)}
        onLinked={added}
        assessmentId={assessmentId}
        requirementRef={ref}
        linked={new Set(here.map((e) => e.id))}
      />
    </Section>
  );
}

/** Picks a piece from the organisation's library that does not yet support this requirement. */
function LinkExistingModal({
  opened,
  onClose,
  onLinked,
  assessmentId,
  requirementRef: ref,
  linked,
}: {
  opened: boolean;
  onClose: () => void;
  onLinked: () => void;
  assessmentId: string;
  requirementRef: string;
  linked: Set<string>;
}) {
  const { t } = useI18n();
  const library = useLoad<TEvidence[]>(opened ? '/api/v1/evidence' : null);
  const [id, setId] = useState('');
  const choices = (library.data ?? []).filter((e) => !linked.has(e.id));
  const form = useFormSubmit(async () => {
    const chosen = id || choices[0]?.id;
    if (!chosen) return;
    await api.post(`/api/v1/evidence/${encodeURIComponent(chosen)}/links`, { assessmentId, refs: [ref] });
    setId('');
    onLinked();
  });
  return (
    <FormModal opened={opened} title={t.evidence.fromLibraryTitle(ref)} form={form} submitLabel={t.evidence.linkSubmit} onClose={onClose}>
      {library.error !== null && <Text c="red">{t.evidence.libraryFailed}</Text>}
      {library.data && choices.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.evidence.libraryEmpty}
        </Text>
      ) : (
        <NativeSelect
          label={t.evidence.pick}
          value={id || choices[0]?.id || ''}
          onChange={(e) => setId(e.currentTarget.value)}
          data={choices.map((e) => ({ value: e.id, label: `${e.title} · ${t.conformity.evidenceKinds[e.kind]}` }))}
          disabled={library.loading}
          data-autofocus
        />
      )}
    </FormModal>
  );
}
