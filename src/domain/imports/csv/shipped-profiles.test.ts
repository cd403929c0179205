// src/domain/imports/csv/shipped-profiles.test.ts — the YAML profiles in mappings/ validate and import sample rows of their layouts

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { ZMappingProfile } from '../../../contracts/mapping-profile.js';
import type { ContactRecord } from '../../contacts/contact.js';
import type { RowReject } from '../importer.js';
import { createCsvParser } from './csv-parser.js';
import type { MappingProfile } from './mapping-profile.js';

const mappingsDir = new URL('../../../../mappings/', import.meta.url);
const load = (name: string): MappingProfile => {
  const parsed = ZMappingProfile.safeParse(parseYaml(readFileSync(new URL(`${name}.yaml`, mappingsDir), 'utf8')));
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  return parsed.data;
};

const run = (profile: MappingProfile, text: string, timeZone = 'Europe/Stockholm') => {
  const contacts: ContactRecord[] = [];
  const rejects: RowReject[] = [];
  const parser = createCsvParser(
    profile,
    { pseudonymise: (raw) => `k:${raw}`, timeZone },
    {
      contact: (c) => contacts.push(c),
      agentState: () => {},
      reject: (r) => rejects.push(r),
      warn: () => {},
    },
  );
  parser.push(new TextEncoder().encode(text));
  parser.end();
  return { contacts, rejects, stats: parser.stats() };
};
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const brief = (c: ContactRecord) => [
  c.sourceId,
  c.queueCode,
  iso(c.enteredAt),
  iso(c.answeredAt),
  iso(c.endedAt),
  c.outcome,
  c.waitSeconds,
  c.talkSeconds,
  c.agent,
  c.customerKey,
];

describe('shipped mapping profiles', () => {
  test('every YAML file in mappings/ is a valid profile', () => {
    const files = readdirSync(mappingsDir).filter((f) => f.endsWith('.yaml'));
    assert.deepEqual(files.sort(), ['anonymous-bank.yaml', 'canonical.yaml', 'vicidial-closer-log.yaml']);
    for (const f of files) load(f.replace('.yaml', ''));
  });

  test('canonical: the fixed header, ISO times with Z or an offset, 0/1 and true/false', () => {
    const header =
      'source_id,channel,direction,queue,entered_at,answered_at,ended_at,outcome,wait_seconds,talk_seconds,hold_seconds,wrap_seconds,agent,transferred,disposition,customer_id';
    const { contacts, rejects } = run(
      load('canonical'),
      `${header}\nsim-1,voice,inbound,q1,2026-03-02T08:00:00Z,2026-03-02T08:00:05Z,2026-03-02T08:03:05Z,answered,5,170,0,10,a1,1,,+4670\n` +
        'sim-2,voice,inbound,q1,2026-03-02T09:00:00+01:00,,2026-03-02T08:00:30Z,abandoned,30,,,,,false,,\n',
    );
    assert.deepEqual(rejects, []);
    assert.deepEqual(contacts.map(brief), [
      [
        'sim-1',
        'q1',
        '2026-03-02T08:00:00.000Z',
        '2026-03-02T08:00:05.000Z',
        '2026-03-02T08:03:05.000Z',
        'answered',
        5,
        170,
        'a1',
        'k:+4670',
      ],
      ['sim-2', 'q1', '2026-03-02T08:00:00.000Z', null, '2026-03-02T08:00:30.000Z', 'abandoned', 30, null, null, null],
    ]);
    assert.deepEqual([contacts[0]?.source, contacts[0]?.transferred, contacts[1]?.transferred], ['csv:canonical', true, false]);
  });

  test('anonymous-bank: queue entry or direct answer, VRU-only and PHANTOM calls skipped, a service past midnight', () => {
    const rows = [
      'vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver',
      'AA0101\t33116\t9664491\t2\tPS\t990315\t10:00:01\t10:00:07\t6\t10:00:07\t10:01:10\t63\tAGENT\t10:01:10\t10:04:30\t200\tMICHAL',
      'AA0101\t33117\t0\t0\tPS\t990315\t10:05:00\t10:05:10\t10\t0:00:00\t0:00:00\t0\tAGENT\t10:05:10\t10:06:00\t50\tDORIT',
      'AA0102\t33118\t27997683\t2\tNE\t990315\t10:10:00\t10:10:05\t5\t10:10:05\t10:11:05\t60\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA0102\t33119\t0\t0\tPS\t990315\t10:20:00\t10:20:09\t9\t0:00:00\t0:00:00\t0\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA0103\t33120\t12345\t1\tPS\t990315\t10:30:00\t10:30:04\t4\t10:30:04\t10:30:04\t0\tPHANTOM\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA0103\t33121\t5551234\t2\tTT\t990315\t23:58:00\t23:58:10\t10\t23:58:10\t23:59:40\t90\tAGENT\t23:59:40\t0:02:10\t150\tAVI',
      'AA0103\t33122\t5551235\t2\tTT\t990315\t11:00:00\t11:00:10\t10\t25:61:00\t11:01:00\t50\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
    ];
    const { contacts, rejects, stats } = run(load('anonymous-bank'), `${rows.join('\n')}\n`);
    // Israel was at +02:00 in March 1999.
    assert.deepEqual(contacts.map(brief), [
      [
        '990315:AA0101:33116',
        'PS',
        '1999-03-15T08:00:07.000Z',
        '1999-03-15T08:01:10.000Z',
        '1999-03-15T08:04:30.000Z',
        'answered',
        63,
        200,
        'MICHAL',
        'k:9664491',
      ],
      [
        '990315:AA0101:33117',
        'PS',
        '1999-03-15T08:05:10.000Z',
        '1999-03-15T08:05:10.000Z',
        '1999-03-15T08:06:00.000Z',
        'answered',
        0,
        50,
        'DORIT',
        null,
      ],
      [
        '990315:AA0102:33118',
        'NE',
        '1999-03-15T08:10:05.000Z',
        null,
        '1999-03-15T08:11:05.000Z',
        'abandoned',
        60,
        null,
        null,
        'k:27997683',
      ],
      [
        '990315:AA0103:33121',
        'TT',
        '1999-03-15T21:58:10.000Z',
        '1999-03-15T21:59:40.000Z',
        '1999-03-15T22:02:10.000Z',
        'answered',
        90,
        150,
        'AVI',
        'k:5551234',
      ],
    ]);
    assert.deepEqual(rejects, [{ line: 8, reason: 'column "q_start": "25:61:00" is not a time of day in format H:MM:SS', raw: rows[7] }]);
    assert.deepEqual(stats, { linesRead: 8, rowsRead: 7, rejected: 1, skipped: 2, warnings: 0 });
  });

  test('vicidial-closer-log: dispositions are answers, drops and timeouts are not, after-hours calls are skipped', () => {
    const rows = [
      'closer_log_id,lead_id,list_id,campaign_id,call_date,start_epoch,end_epoch,length_in_sec,status,phone_code,phone_number,user,comments,processed,queue_seconds,user_group,xfercallid,term_reason,uniqueid,agent_only,queue_position,called_count',
      '1,101,999,SUPPORT,2026-03-02 09:00:00,1772438400,1772438700,300,SALE,1,4670000001,agent7,,N,12.00,AGENTS,0,CALLER,1772438400.1001,,1,1',
      '2,102,999,SUPPORT,2026-03-02 09:01:00,1772438460,1772438520,60,DROP,1,4670000002,VDCL,,N,60.00,,0,ABANDON,1772438460.1002,,2,1',
      '3,103,999,SUPPORT,2026-03-02 23:00:00,1772488800,1772488805,5,AFTHRS,1,4670000003,VDCL,,N,0.00,,0,AFTERHOURS,1772488800.1003,,0,1',
      '4,104,999,SALES,2026-03-02 09:05:00,NULL,1772438790,90,TIMEOT,1,4670000004,VDCL,,N,90.00,,0,QUEUETIMEOUT,1772438700.1004,,3,1',
      '5,105,999,SALES,2026-03-02 09:06:00,1772438760,1772438800,40,QVMAIL,1,4670000005,VDCL,,N,40.00,,0,HOLDRECALLXFER,1772438760.1005,,1,1',
      '6,106,999,SALES,2026-03-02 09:07:00,1772438820,1772438821,1,NANQUE,1,4670000006,VDCL,,N,0.00,,0,NOAGENT,1772438820.1006,,0,1',
    ];
    const { contacts, rejects, stats } = run(load('vicidial-closer-log'), `${rows.join('\r\n')}\r\n`);
    assert.deepEqual(rejects, []);
    assert.deepEqual(contacts.map(brief), [
      [
        '1772438400.1001:SUPPORT',
        'SUPPORT',
        '2026-03-02T08:00:00.000Z',
        '2026-03-02T08:00:12.000Z',
        '2026-03-02T08:05:00.000Z',
        'answered',
        12,
        288,
        'agent7',
        'k:4670000001',
      ],
      [
        '1772438460.1002:SUPPORT',
        'SUPPORT',
        '2026-03-02T08:01:00.000Z',
        null,
        '2026-03-02T08:02:00.000Z',
        'abandoned',
        60,
        null,
        null,
        'k:4670000002',
      ],
      // start_epoch NULL: call_date is read in the centre's zone (Stockholm, +01:00).
      [
        '1772438700.1004:SALES',
        'SALES',
        '2026-03-02T08:05:00.000Z',
        null,
        '2026-03-02T08:06:30.000Z',
        'timeout',
        90,
        null,
        null,
        'k:4670000004',
      ],
      [
        '1772438760.1005:SALES',
        'SALES',
        '2026-03-02T08:06:00.000Z',
        null,
        '2026-03-02T08:06:40.000Z',
        'exit_key',
        40,
        null,
        null,
        'k:4670000005',
      ],
      [
        '1772438820.1006:SALES',
        'SALES',
        '2026-03-02T08:07:00.000Z',
        null,
        '2026-03-02T08:07:01.000Z',
        'exit_empty',
        0,
        null,
        null,
        'k:4670000006',
      ],
    ]);
    assert.deepEqual([contacts[0]?.disposition, contacts[1]?.disposition, contacts[0]?.source], ['SALE', 'DROP', 'csv:vicidial']);
    assert.deepEqual(stats, { linesRead: 7, rowsRead: 6, rejected: 0, skipped: 1, warnings: 0 });
  });
});
