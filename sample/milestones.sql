-- sample/milestones.sql: Brackenshire's plan, as the programme office held it by
-- late November 2026: twelve milestones across its workstreams, from the
-- diagnostic through design, test and implementation to sustaining the change,
-- each with its baseline (the date first planned), forecast and actual dates,
-- and the milestones it cannot finish before (finish to start).  `make
-- sample.db` loads this after raid.sql, once the database is at the schema
-- version that holds the table.
-- Words from the seeds in ../shared/seeds: Somerset's (001) diagnostic, then
-- solutions "rigorously tested, piloted, implemented and embedded", its
-- Equality Impact Assessment at the end of the design and testing phase
-- "signed off by the programme board", and KPIs "sustained for an agreed
-- period before signed off as achieved"; Kent's (004) "Phase 2 design"; Nottingham
-- City's (002) projects with a development start and an "Implementation"
-- date; Rotherham's (003) improvement plan and its cohort reviews.
--
-- Slippage (forecast, or actual once met, minus baseline, in days):
--   M-01 met 27 Mar against 31 Mar: -4; M-02 met 14 Jul against 30 Jun: 14;
--   M-03 met 16 Oct against 30 Sep: 16; M-04 15 Jan 2027 against 18 Dec: 13 + 15 = 28;
--   M-05 20 Nov against 30 Oct: 21; M-07 22 Jan 2027 against 11 Dec: 20 + 22 = 42;
--   M-09 met 28 Oct against 30 Oct: -2; M-12 30 Jul 2027 against 30 Jun: 30;
--   M-06, M-08, M-10, M-11: 0.  Six slipped (M-02, M-03, M-04, M-05, M-07,
--   M-12) by 14 + 16 + 28 + 21 + 42 + 30 = 151 days in all.
-- At ASSURE_TODAY=2026-11-29 one is overdue (not met, forecast before today):
--   M-05, forecast 20 Nov: 9 days.  The rest not met are forecast for 2027.
-- One dependency is broken: M-08 (framework contracts start, forecast 8 Jan
-- 2027) depends on M-07 (the re-tender's specification), now forecast 22 Jan
-- 2027: M-07 slipped past it by 14 days.  Every other predecessor finishes
-- before its successor is due.
-- M-01 names no link (it is the whole programme's); every other link is a
-- workstream or a savings line held.
PRAGMA foreign_keys = ON;
BEGIN;

INSERT INTO milestone (ref, link, phase, milestone, owner, baseline, forecast, actual, status, depends_on, note) VALUES
  ('M-01', '', 'diagnostic', 'Diagnostic report to the Adults Programme Board: the opportunity matrix, targeted and stretch', 'Programme Manager', '2026-03-31', '2026-03-31', '2026-03-27', 'done', '', 'Six weeks of casework review, shadowing and workshops with front line staff.'),
  ('M-02', 'Short Term Services', 'design', 'Reablement pathway designed with front line staff', 'Head of Reablement', '2026-06-30', '2026-06-30', '2026-07-14', 'done', 'M-01', ''),
  ('M-03', 'ASC-02', 'test', 'Reablement pathway tested and piloted in Riverside', 'Head of Reablement', '2026-09-30', '2026-10-16', '2026-10-16', 'done', 'M-02', 'Pilot extended a fortnight for the homecare hours after reablement to settle.'),
  ('M-04', 'Short Term Services', 'implement', 'Reablement pathway implemented in every locality', 'Head of Reablement', '2026-12-18', '2027-01-15', NULL, 'at_risk', 'M-03', 'Castlegate waits for its agency cover to end.'),
  ('M-05', 'Accommodation', 'design', 'Equality Impact Assessment for the accommodation workstream signed off by the programme board', 'Head of Learning Disability', '2026-10-30', '2026-11-20', NULL, 'on_track', 'M-01', ''),
  ('M-06', 'ASC-06', 'test', 'First ten people moved from residential care into supported living', 'Head of Learning Disability', '2027-01-29', '2027-01-29', NULL, 'not_started', 'M-05', ''),
  ('M-07', 'Commissioning', 'design', 'Homecare re-tender specification agreed, with the average hourly rate', 'Head of Commissioning', '2026-12-11', '2027-01-22', NULL, 'at_risk', 'M-01', 'To the Adults Programme Board before Cabinet.'),
  ('M-08', 'ASC-13', 'implement', 'New homecare framework contracts start', 'Head of Commissioning', '2027-01-08', '2027-01-08', NULL, 'on_track', 'M-07', ''),
  ('M-09', 'Outcomes from Decision Making', 'implement', 'Strength-based practice in every assessment team', 'Principal Social Worker', '2026-10-30', '2026-10-30', '2026-10-28', 'done', 'M-01', ''),
  ('M-10', 'Right-sizing Care Packages', 'implement', 'Cohort reviews of all community care packages complete', 'Head of Localities', '2027-03-31', '2027-03-31', NULL, 'on_track', 'M-09', ''),
  ('M-11', 'ASC-07', 'design', 'Transitions pathway from age 14 agreed with children''s services', 'Head of Preparing for Adulthood', '2027-02-26', '2027-02-26', NULL, 'not_started', 'M-01', ''),
  ('M-12', 'Short Term Services', 'sustain', 'Reablement KPIs sustained for three periods and signed off as achieved', 'Programme Manager', '2027-06-30', '2027-07-30', NULL, 'not_started', 'M-04', 'Follows the implementation a month later.');

COMMIT;
