import { describe, expect, it } from 'vitest';
import { type DunningPolicy, dunningSteps, stepsDue } from './dunning-schedule.js';

const due = new Date('2026-04-30T00:00:00Z');
const keysAt = (policy: DunningPolicy, zone = 'UTC') =>
  dunningSteps(due, policy, zone).map((s) => `${s.key}@${s.at.toISOString().slice(0, 10)}`);

describe('dunningSteps', () => {
  it('orders reminders, overdue, retries and the final action after the last retry', () => {
    expect(
      keysAt({ reminders_days: [-3, 0, 3, 7], retries_days: [1, 3, 5], final_action: 'mark_uncollectible' }),
    ).toEqual([
      'reminder:-3@2026-04-27',
      'reminder:0@2026-04-30',
      'overdue@2026-05-01',
      'retry:1@2026-05-01',
      'reminder:3@2026-05-03',
      'retry:3@2026-05-03',
      'retry:5@2026-05-05',
      'final@2026-05-05',
      'reminder:7@2026-05-07',
    ]);
  });

  it('without retries acts when the invoice becomes overdue', () => {
    expect(keysAt({ reminders_days: [], retries_days: [], final_action: 'leave_past_due' })).toEqual([
      'overdue@2026-05-01',
      'final@2026-05-01',
    ]);
  });

  it('ignores duplicate days and retries on or before the due day', () => {
    expect(
      keysAt({ reminders_days: [0, 0], retries_days: [0, 2, 2], final_action: 'leave_past_due' }),
    ).toEqual(['reminder:0@2026-04-30', 'overdue@2026-05-01', 'retry:2@2026-05-02', 'final@2026-05-02']);
  });

  it('counts days in the account zone', () => {
    const tokyoDue = new Date('2026-04-29T15:00:00Z'); // 2026-04-30 00:00 JST
    const steps = dunningSteps(
      tokyoDue,
      { reminders_days: [-1], retries_days: [], final_action: 'leave_past_due' },
      'Asia/Tokyo',
    );
    expect(steps.map((s) => s.at.toISOString())).toEqual([
      '2026-04-28T15:00:00.000Z',
      '2026-04-30T15:00:00.000Z',
      '2026-04-30T15:00:00.000Z',
    ]);
  });

  it('stepsDue leaves out steps taken and steps still ahead', () => {
    const steps = dunningSteps(
      due,
      { reminders_days: [-3, 0], retries_days: [2], final_action: 'leave_past_due' },
      'UTC',
    );
    const due1 = stepsDue(steps, new Set(['reminder:-3']), new Date('2026-05-01T12:00:00Z'));
    expect(due1.map((s) => s.key)).toEqual(['reminder:0', 'overdue']);
  });
});
