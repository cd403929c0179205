// src/app/load-demo-contacts.ts — four weeks of simulated contact data for the demo queues, imported like a real file

import type { Channel, Organisation } from '../domain/organisations/model.js';
import { createJsonlParser } from '../domain/imports/jsonl/jsonl-parser.js';
import { createQueueLogParser } from '../domain/imports/queue-log/parser.js';
import { startOfLocalDay, offsetAt } from '../domain/shared/time-zone.js';
import { encodeCanonicalJsonLines } from '../domain/simulation/canonical-csv-writer.js';
import { simulateDays } from '../domain/simulation/contact-simulator.js';
import { encodeQueueLog } from '../domain/simulation/queue-log-writer.js';
import type { SimQueue } from '../domain/simulation/sim-types.js';
import type { Caller } from './caller.js';
import { type ImportSource, importContacts } from './import-contacts.js';
import type { Deps } from './ports.js';
import { concatBytes } from '../domain/simulation/byte-writer.js';

export type DemoQueue = SimQueue & { channel: Channel };

const memory = (name: string, bytes: Uint8Array): ImportSource => ({
  name,
  size: bytes.byteLength,
  // Demo bytes are reproducible from their seed and dates, so the name is a faithful fingerprint.
  fingerprint: async () => name,
  open: async function* () {
    for (let i = 0; i < bytes.byteLength; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
  },
});

/**
 * Simulates `days` days up to the start of today (in the centre's zone) for the centre's queues and
 * imports them: voice queues as an Asterisk queue_log (calls and agent sessions), other channels as
 * canonical JSON lines with their channel. The same seed gives the same data.
 */
export const loadDemoContacts = async (
  deps: Deps,
  caller: Caller,
  centre: Organisation,
  queues: DemoQueue[],
  o: { days: number; seed: number },
) => {
  if (o.days <= 0 || queues.length === 0) return;
  const end = startOfLocalDay(centre.timeZone, deps.clock().getTime());
  const start = startOfLocalDay(centre.timeZone, end - o.days * 86_400_000 + 12 * 3600_000);
  const offsetMinutes = Math.round(offsetAt(centre.timeZone, start) / 60_000);
  const simulate = (group: DemoQueue[], seed: number) =>
    simulateDays({
      seed,
      startMs: start,
      days: o.days,
      timeZoneOffsetMinutes: offsetMinutes,
      weekendFactor: 0.2,
      queues: group,
      agentPrefix: 'PJSIP/',
    });
  const voice = queues.filter((q) => q.channel === 'voice');
  if (voice.length > 0) {
    const bytes = concatBytes([...simulate(voice, o.seed)].map((d) => encodeQueueLog(d)));
    await importContacts(deps, caller, {
      source: memory(`demo-queue_log-${centre.id}-${start}-${o.days}-${o.seed}`, bytes),
      format: 'queue_log',
      createParser: (timeZone, sink) => createQueueLogParser({ pseudonymise: deps.pseudonymise, timeZone }, sink),
    });
  }
  for (const [i, q] of queues.filter((x) => x.channel !== 'voice').entries()) {
    const calls = [...simulate([q], o.seed + 100 + i)].flatMap((d) => d.calls).map((c) => ({ ...c, channel: q.channel }));
    await importContacts(deps, caller, {
      source: memory(`demo-jsonl-${q.code}-${start}-${o.days}-${o.seed}`, encodeCanonicalJsonLines(calls)),
      format: 'jsonl',
      createParser: (_zone, sink) => createJsonlParser({ pseudonymise: deps.pseudonymise }, sink),
    });
  }
};
