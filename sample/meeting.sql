-- sample/meeting.sql: what the two Project Assurance Meetings' snapshots kept
-- of the meeting and of the programme office's log and plan.  `make sample.db`
-- loads this after milestones.sql, once the database is at the schema version
-- that holds them.
-- Words from the seeds in ../shared/seeds: Rotherham's (003) fortnightly
-- Project Assurance Meetings chaired by the Strategic Director, with the heads
-- of service who own the improvement plan's areas.
--
-- Each snapshot is taken as its meeting opens, so the actions, issues and
-- decisions that meeting made came after it: A-07, A-08 and A-10 (raised at
-- PAM 9 Nov 2026) and I-01 (raised 9 Nov) are not in PAM 9 Nov's figures.
-- PAM 26 Oct 2026 was taken before milestones, risks and actions were kept
-- with a snapshot, so it keeps its meeting and headlines only.
--
-- The programme office's headlines at PAM 9 Nov 2026, by hand:
--   actions_overdue 0: A-01, A-03, A-04 and A-06 were due later; A-02 and
--     A-05 were done; A-09 (due 2 Nov) was dropped on 26 Oct (D-02).
--   issues_open 1: I-02 (raised 26 Oct); I-03 was resolved on 6 Nov.
--   milestones_slipped 5: M-02 and M-03 met late (14 and 16 days); M-04
--     forecast 8 Jan 2027 against 18 Dec; M-05 forecast 20 Nov against 30 Oct;
--     M-12 forecast 23 Jul 2027 against 30 Jun.  M-07 was still forecast for
--     its baseline, 11 Dec.
-- Since then (at ASSURE_TODAY=2026-11-29, see raid.sql and milestones.sql):
-- overdue actions 3 (+3), open issues 2 (+1: I-01), slipped milestones 6 (+1:
-- M-07).  Milestones due later than at PAM 9 Nov (forecast now less then):
-- M-04 15 Jan 2027 less 8 Jan: 7 days; M-07 22 Jan 2027 less 11 Dec 2026:
-- 20 + 22 = 42 days; M-12 30 Jul 2027 less 23 Jul: 7 days; the rest 0.
-- A-06 was due 16 Nov then, and moved to 30 Nov to meet the Adults Programme
-- Board.  Every risk's score then is its latest review by 9 Nov in
-- risk_history (programme.sql), which no review since has moved.
PRAGMA foreign_keys = ON;
BEGIN;

UPDATE snapshot SET meeting_date = '2026-10-26',
  attendees = 'Strategic Director; Programme Manager; Head of Commissioning; Head of Localities; Head of Learning Disability'
  WHERE label = 'PAM 26 Oct 2026';
UPDATE snapshot SET meeting_date = '2026-11-09',
  attendees = 'Strategic Director; Programme Manager; Head of Commissioning; Head of Localities; Head of Reablement; Head of Learning Disability; Head of Preparing for Adulthood'
  WHERE label = 'PAM 9 Nov 2026';

INSERT INTO snapshot_value (snapshot_id, indicator, value) VALUES
  (2, 'actions_overdue', 0),
  (2, 'issues_open', 1),
  (2, 'milestones_slipped', 5);

INSERT INTO snapshot_item (snapshot_id, kind, ref, date, score, status) VALUES
  (2, 'milestone', 'M-01', '2026-03-31', NULL, 'done'),
  (2, 'milestone', 'M-02', '2026-06-30', NULL, 'done'),
  (2, 'milestone', 'M-03', '2026-10-16', NULL, 'done'),
  (2, 'milestone', 'M-04', '2027-01-08', NULL, 'on_track'),
  (2, 'milestone', 'M-05', '2026-11-20', NULL, 'on_track'),
  (2, 'milestone', 'M-06', '2027-01-29', NULL, 'not_started'),
  (2, 'milestone', 'M-07', '2026-12-11', NULL, 'on_track'),
  (2, 'milestone', 'M-08', '2027-01-08', NULL, 'not_started'),
  (2, 'milestone', 'M-09', '2026-10-30', NULL, 'done'),
  (2, 'milestone', 'M-10', '2027-03-31', NULL, 'on_track'),
  (2, 'milestone', 'M-11', '2027-02-26', NULL, 'not_started'),
  (2, 'milestone', 'M-12', '2027-07-23', NULL, 'not_started'),
  (2, 'risk', 'AANDH0030', NULL, 9, 'open'),
  (2, 'risk', 'AANDH0033', NULL, 9, 'open'),
  (2, 'risk', 'BCC-R01', NULL, 16, 'open'),
  (2, 'risk', 'BCC-R02', NULL, 20, 'open'),
  (2, 'risk', 'BCC-R03', NULL, 16, 'open'),
  (2, 'risk', 'BCC-R04', NULL, 12, 'open'),
  (2, 'risk', 'BCC-R05', NULL, 6, 'open'),
  (2, 'risk', 'BCC-R06', NULL, 20, 'open'),
  (2, 'risk', 'BCC-R07', NULL, 8, 'open'),
  (2, 'risk', 'BCC-R08', NULL, 4, 'open'),
  (2, 'risk', 'BCC-R09', NULL, 3, 'closed'),
  (2, 'risk', 'BCC-R10', NULL, 6, 'open'),
  (2, 'action', 'A-01', '2026-11-20', NULL, 'open'),
  (2, 'action', 'A-02', '2026-10-26', NULL, 'done'),
  (2, 'action', 'A-03', '2026-11-13', NULL, 'open'),
  (2, 'action', 'A-04', '2026-11-23', NULL, 'open'),
  (2, 'action', 'A-05', '2026-11-09', NULL, 'done'),
  (2, 'action', 'A-06', '2026-11-16', NULL, 'open'),
  (2, 'action', 'A-09', '2026-11-02', NULL, 'dropped');

COMMIT;
