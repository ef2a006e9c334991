-- sample/raid.sql: Brackenshire's RAID log beside its risk register, as the
-- fortnightly Project Assurance Meetings (PAMs) left it by late November 2026:
-- the actions they set, the issues (risks that have happened, problems now) and
-- the decisions they made.  `make sample.db` loads this after programme.sql,
-- once the database is at the schema version that holds these tables.
-- Words from the seeds in ../shared/seeds: Rotherham's (003) fortnightly
-- Project Assurance Meetings chaired by the Strategic Director; Nottingham
-- City's (002) Adults Programme Board and its risk "insufficient homecare
-- capacity", with the mitigation "commission to increase capacity"; Somerset's
-- (001) Equality Impact Assessment "signed off by the programme board"; Kent's
-- (004) agency workers covering vacancies.
--
-- At ASSURE_TODAY=2026-11-29 three actions are overdue (open, due before today):
--   A-01 due 2026-11-20: 9 days; A-03 due 2026-11-13: 16 days; A-04 due 2026-11-23: 6 days.
-- Not overdue: A-08 is due on the day itself; A-06 and A-07 are due later; A-09
-- was dropped though its date has passed; A-02, A-05 and A-10 are done (with done_on).
-- Of the issues, I-01 is BCC-R01's homecare capacity shortfall happened; I-02 has
-- an impact of £86,000; I-03 is resolved.  Every decision names who made it.
PRAGMA foreign_keys = ON;
BEGIN;

INSERT INTO action (ref, title, owner, raised_at, due, status, done_on, link, note) VALUES
  ('A-01', 'Commission additional homecare capacity to clear hospital discharge waits', 'Head of Commissioning', 'PAM 12 Oct 2026', '2026-11-20', 'open', NULL, 'BCC-R01', 'Framework providers asked for 400 more hours a week; two have offered 150.'),
  ('A-02', 'Weekly backlog report for Riverside and Castlegate to each PAM', 'Head of Localities', 'PAM 12 Oct 2026', '2026-10-26', 'done', '2026-10-23', 'BCC-R03', ''),
  ('A-03', 'Agree the Section 117 and CHC process for Transforming Care placements with the ICB', 'Head of Learning Disability', 'PAM 12 Oct 2026', '2026-11-13', 'open', NULL, 'BCC-R06', 'Escalated to the Strategic Director.'),
  ('A-04', 'Validate the reablement effectiveness saving against homecare hours after reablement', 'Head of Reablement', 'PAM 26 Oct 2026', '2026-11-23', 'open', NULL, 'ASC-02', ''),
  ('A-05', 'Reconcile the reviews and reablement cohorts so that overlap lines are counted once', 'Programme Manager', 'PAM 26 Oct 2026', '2026-11-09', 'done', '2026-11-06', 'BCC-R07', ''),
  ('A-06', 'Engagement plan for each workstream to the Adults Programme Board', 'Programme Manager', 'PAM 26 Oct 2026', '2026-11-30', 'open', NULL, 'BCC-R05', ''),
  ('A-07', 'Report the average homecare hourly rate ahead of the market re-tender', 'Head of Commissioning', 'PAM 9 Nov 2026', '2026-12-07', 'open', NULL, 'ASC-13', ''),
  ('A-08', 'Equality Impact Assessment for the accommodation workstream, to be signed off by the programme board', 'Head of Learning Disability', 'PAM 9 Nov 2026', '2026-11-29', 'open', NULL, 'Accommodation', ''),
  ('A-09', 'Consultation paper on closing building-based day services', 'Head of Learning Disability', 'PAM 12 Oct 2026', '2026-11-02', 'dropped', NULL, 'ASC-10', 'Dropped with the saving: see D-02.'),
  ('A-10', 'Cohort profile and pipeline of transition cases from children''s services', 'Head of Preparing for Adulthood', 'PAM 9 Nov 2026', '2026-11-27', 'done', '2026-11-25', 'BCC-R08', '');

INSERT INTO issue (ref, title, severity, owner, raised, resolved, risk, impact_gbp, note) VALUES
  ('I-01', 'Insufficient homecare capacity: people waiting in hospital for packages of care', 'high', 'Head of Commissioning', '2026-11-09', NULL, 'BCC-R01', NULL, 'The risk has happened: 23 people waiting on 9 Nov.'),
  ('I-02', 'Agency workers covering Castlegate vacancies to hold the review backlog', 'medium', 'Head of Localities', '2026-10-26', NULL, 'BCC-R03', 86000, 'Twelve weeks of three agency social workers.'),
  ('I-03', 'Reviews completed missing from the case management system''s report', 'low', 'Programme Manager', '2026-10-12', '2026-11-06', '', NULL, 'Report corrected; October figures re-run.');

INSERT INTO decision (ref, date, meeting, decision, made_by, link) VALUES
  ('D-01', '2026-10-12', 'PAM 12 Oct 2026', 'Spot purchase homecare above the framework rate for hospital discharges until the re-tender, reviewed at each PAM', 'Strategic Director', 'BCC-R01'),
  ('D-02', '2026-10-26', 'PAM 26 Oct 2026', 'Withdraw the day opportunities saving and stop the consultation on closing building-based services', 'Strategic Director', 'ASC-10'),
  ('D-03', '2026-11-09', 'PAM 9 Nov 2026', 'Fund agency social workers for twelve weeks to clear the Castlegate review backlog', 'Strategic Director', 'BCC-R03'),
  ('D-04', '2026-11-09', 'PAM 9 Nov 2026', 'Monitor savings by cohort, with overlap lines counted once in the programme''s totals', 'Adults Programme Board', 'BCC-R07'),
  ('D-05', '2026-11-23', 'PAM 23 Nov 2026', 'Take the homecare re-tender to the Adults Programme Board before Cabinet', 'Adults Programme Board', 'ASC-13');

COMMIT;
