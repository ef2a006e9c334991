-- sample/programme.sql: the sample programme of Brackenshire County Council, a
-- fictional council, as at late November 2026.  `make sample.db` loads this into
-- a new database made by `assure init`.  Every state a screen must show is here:
-- savings lines red, amber, green, delivered and dropped, a slipped line and an
-- overlap; a staffing hot spot and an over-establishment row; review teams above
-- and below target with backlogs; high, medium, low, overdue and closed risks;
-- and two meeting snapshots.  The RAID log (actions, issues, decisions) is in
-- raid.sql, loaded after this once the database is brought up to date.
--
-- Money is whole pounds, FTE and rates hundredths, FY the year it starts in
-- (2026 is 2026/27).  Where figures come from the seeds in ../shared/seeds,
-- the comment before them says which.
PRAGMA foreign_keys = ON;
BEGIN;

-- Savings lines: a profile by FY of target, stretch, forecast and actual (actual to date in 2026/27).
-- Expected RAG over all years with the default thresholds (green at 95%, amber at 80%):
-- red ASC-05 (75.2%), ASC-13 (71.4%); amber ASC-02 (81.1%), ASC-04 slipped (93.8%), ASC-15 (93.3%);
-- blue (delivered) ASC-08, ASC-09; grey (dropped) ASC-10; ASC-11 is an overlap, left out of totals;
-- the rest green.
-- ASC-01: Somerset (seed 001) Opportunity Matrix: short term services capacity, £6.7M scaled / £8.1m stretch, here at Brackenshire's scale.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-01', 'Short Term Services', 'Older Adults', 'Reablement capacity and referrals', 'partner', 'Reablement finishers a month', 'Head of Reablement', 'on_track');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-01', 2024, 200000, 300000, 210000, 210000),
  ('ASC-01', 2025, 1400000, 1700000, 1380000, 1380000),
  ('ASC-01', 2026, 2100000, 2600000, 2050000, 1150000),
  ('ASC-01', 2027, 2400000, 2900000, 2400000, NULL);
-- ASC-02: Somerset (seed 001): short term services effectiveness, £2.8M / £3.3M.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-02', 'Short Term Services', 'Older Adults', 'Reablement effectiveness', 'partner', 'Homecare hours after reablement', 'Head of Reablement', 'at_risk');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-02', 2025, 600000, 700000, 420000, 420000),
  ('ASC-02', 2026, 1000000, 1200000, 700000, 330000),
  ('ASC-02', 2027, 1200000, 1400000, 1150000, NULL);
-- ASC-03: Somerset (seed 001): outcomes from decision making (older people), £1.8M / £2.2M.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-03', 'Outcomes from Decision Making', 'Older Adults', 'Outcomes from decision making (older people)', 'partner', 'Residential and nursing starts', 'Head of Older Adults', 'on_track');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-03', 2024, 100000, 150000, 100000, 100000),
  ('ASC-03', 2025, 500000, 600000, 520000, 520000),
  ('ASC-03', 2026, 600000, 720000, 620000, 310000),
  ('ASC-03', 2027, 600000, 730000, 620000, NULL);
-- ASC-04: Rotherham (seed 003): review of all community care packages, £1,812k still to deliver; slipped into 2026/27 as Nottinghamshire (seed 000) slipped £1.0m.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-04', 'Right-sizing Care Packages', 'All Adults', 'Review of all community care packages', 'existing', 'Reviews per FTE per week', 'Head of Localities', 'slipped');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-04', 2024, 900000, 900000, 450000, 450000),
  ('ASC-04', 2025, 912000, 912000, 600000, 600000),
  ('ASC-04', 2026, NULL, NULL, 650000, 240000);
-- ASC-05: Rotherham (seed 003): My Front Door, £1,268k in 2018/19 rising to £3,074k; review of learning disabilities £3,324k.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-05', 'Accommodation', 'Working Age', 'My Front Door: day and respite services', 'existing', 'Building-based placements', 'Head of Learning Disability', 'at_risk');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-05', 2024, 1268000, 1268000, 900000, 900000),
  ('ASC-05', 2025, 1806000, 1806000, 1200000, 1200000),
  ('ASC-05', 2026, 250000, 250000, 400000, 120000);
-- ASC-06: Somerset (seed 001) progression / enablement £2.0M / £2.4M; Nottingham City (seed 002): 11 of 30 planned moves made.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-06', 'Accommodation', 'Working Age', 'Supported living moves from residential care', 'partner', 'Moves to more independent settings', 'Head of Learning Disability', 'on_track');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-06', 2024, 200000, 250000, 220000, 220000),
  ('ASC-06', 2025, 600000, 700000, 640000, 640000),
  ('ASC-06', 2026, 700000, 850000, 720000, 400000),
  ('ASC-06', 2027, 500000, 600000, 500000, NULL);
-- ASC-07: Somerset (seed 001): effective transitions to adulthood, £0.4M / £0.6M.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-07', 'Transitions', 'Working Age', 'Effective transitions to adulthood', 'partner', 'Average package cost aged 18-25', 'Head of Preparing for Adulthood', 'planned');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-07', 2026, 150000, 220000, 150000, NULL),
  ('ASC-07', 2027, 250000, 380000, 250000, NULL);
-- ASC-08: Kent (seed 004): process improvement Shared Lives, £0.32m target; Nottingham City (seed 002) expanding Shared Lives.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-08', 'Accommodation', 'Working Age', 'Shared Lives expansion', 'existing', 'Shared Lives placements', 'Head of Learning Disability', 'delivered');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-08', 2024, 150000, 150000, 150000, 150000),
  ('ASC-08', 2025, 170000, 170000, 170000, 170000);
-- ASC-09: Rotherham (seed 003): 47 customers reviewed, 3 needing the same support; £187k pro-rata, £258k full year.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-09', 'Right-sizing Care Packages', 'Older Adults', 'Night visiting service decommissioned', 'existing', 'Customers needing the same support', 'Head of Localities', 'delivered');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-09', 2024, 187000, 187000, 187000, 187000),
  ('ASC-09', 2025, 71000, 71000, 71000, 71000);
-- ASC-10: Nottinghamshire (seed 000): better use of assistive technology, dropped when folded into the partner's work.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-10', 'Promoting Independence', 'All Adults', 'Assistive technology offer', 'existing', 'People using assistive technology', 'Head of Commissioning', 'dropped');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-10', 2024, 50000, 50000, 0, 0),
  ('ASC-10', 2025, 100000, 100000, 0, 0);
-- ASC-11: Nottinghamshire (seed 000) Column B: council proposals in scope of the partner's analysis, counted once, in the partner's lines.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-11', 'Outcomes from Decision Making', 'All Adults', 'Strength-based reviews (council plan, in the partner''s scope)', 'overlap', 'Package reductions at review', 'Head of Localities', 'on_track');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-11', 2025, 300000, 300000, 250000, 250000),
  ('ASC-11', 2026, 400000, 400000, 350000, 170000);
-- ASC-12: Rotherham (seed 003): managed direct payment accounts transferred to spot contract; full year saving £646k of targeted reviews.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-12', 'Commissioning', 'All Adults', 'Managed accounts moved to spot contracts', 'existing', 'Managed accounts transferred', 'Head of Commissioning', 'on_track');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-12', 2025, 150000, 150000, 150000, 150000),
  ('ASC-12', 2026, 250000, 250000, 260000, 140000),
  ('ASC-12', 2027, 250000, 250000, 250000, NULL);
-- ASC-13: Rotherham (seed 003): an £11m a year homecare market due to be tendered; Nottingham City (seed 002) risk: insufficient homecare capacity.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-13', 'Commissioning', 'Older Adults', 'Homecare market re-tender', 'existing', 'Average homecare hourly rate', 'Head of Commissioning', 'at_risk');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-13', 2026, 500000, 500000, 300000, 60000),
  ('ASC-13', 2027, 900000, 900000, 700000, NULL);
-- ASC-14: Somerset (seed 001): outcomes from decision making (working age), £0.2M / £0.3M.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-14', 'Outcomes from Decision Making', 'Working Age', 'Outcomes from decision making (working age)', 'partner', 'Residential and supported living starts', 'Head of Working Age Adults', 'on_track');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-14', 2025, 50000, 80000, 50000, 50000),
  ('ASC-14', 2026, 100000, 140000, 100000, 45000),
  ('ASC-14', 2027, 50000, 80000, 50000, NULL);
-- ASC-15: Somerset (seed 001): outcomes from decision making (mental health, physical disabilities, other), £0.3M / £0.3M.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-15', 'Outcomes from Decision Making', 'All Adults', 'Mental health and physical disability practice', 'partner', 'Homecare hours', 'Head of Working Age Adults', 'planned');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-15', 2026, 100000, 100000, 80000, NULL),
  ('ASC-15', 2027, 200000, 200000, 200000, NULL);
-- ASC-16: Kent (seed 004): short term beds reduction, £1.20m target / £1.60m stretch.
INSERT INTO savings_line (ref, workstream, cohort, name, origin, key_metric, owner, status) VALUES
  ('ASC-16', 'Short Term Services', 'Older Adults', 'Short term beds reduction', 'existing', 'Short term bed nights', 'Head of Reablement', 'on_track');
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES
  ('ASC-16', 2024, 300000, 400000, 300000, 300000),
  ('ASC-16', 2025, 450000, 600000, 440000, 440000),
  ('ASC-16', 2026, 450000, 600000, 420000, 210000);

-- Staffing: four areas by the six roles of Kent's OPPD table (seed 004, §2.2), at three
-- snapshot dates.  Northmoor starts from West Kent's figures, Riverside from Thanet & Kent
-- Coast's, Castlegate from DGSS's (the hot spot: senior practitioners all vacant by
-- 20 Nov) and Coastal from Ashford's (Assessment/Case Officers over establishment).
INSERT INTO staffing (as_at, area, role, establishment_fte, vacancy_fte, agency_fte) VALUES
  ('2026-10-02', 'Northmoor', 'Service Manager', 200, 100, 0),
  ('2026-10-02', 'Northmoor', 'Team Manager', 400, 0, 0),
  ('2026-10-02', 'Northmoor', 'Senior Practitioner/OT', 1100, 200, 0),
  ('2026-10-02', 'Northmoor', 'Case Manager/OT', 5150, 750, 0),
  ('2026-10-02', 'Northmoor', 'Assessment/Case Officers', 4850, 750, 0),
  ('2026-10-02', 'Northmoor', 'Administration', 3200, 300, 0),
  ('2026-10-30', 'Northmoor', 'Service Manager', 200, 100, 0),
  ('2026-10-30', 'Northmoor', 'Team Manager', 400, 0, 0),
  ('2026-10-30', 'Northmoor', 'Senior Practitioner/OT', 1100, 200, 0),
  ('2026-10-30', 'Northmoor', 'Case Manager/OT', 5150, 650, 100),
  ('2026-10-30', 'Northmoor', 'Assessment/Case Officers', 4850, 700, 0),
  ('2026-10-30', 'Northmoor', 'Administration', 3200, 300, 0),
  ('2026-11-20', 'Northmoor', 'Service Manager', 200, 0, 0),
  ('2026-11-20', 'Northmoor', 'Team Manager', 400, 0, 0),
  ('2026-11-20', 'Northmoor', 'Senior Practitioner/OT', 1100, 100, 0),
  ('2026-11-20', 'Northmoor', 'Case Manager/OT', 5150, 550, 100),
  ('2026-11-20', 'Northmoor', 'Assessment/Case Officers', 4850, 600, 100),
  ('2026-11-20', 'Northmoor', 'Administration', 3200, 200, 0),
  ('2026-10-02', 'Riverside', 'Service Manager', 200, 0, 0),
  ('2026-10-02', 'Riverside', 'Team Manager', 400, 100, 0),
  ('2026-10-02', 'Riverside', 'Senior Practitioner/OT', 900, 900, 400),
  ('2026-10-02', 'Riverside', 'Case Manager/OT', 5500, 220, 0),
  ('2026-10-02', 'Riverside', 'Assessment/Case Officers', 3650, 570, 0),
  ('2026-10-02', 'Riverside', 'Administration', 2600, 7, 100),
  ('2026-10-30', 'Riverside', 'Service Manager', 200, 0, 0),
  ('2026-10-30', 'Riverside', 'Team Manager', 400, 100, 0),
  ('2026-10-30', 'Riverside', 'Senior Practitioner/OT', 900, 800, 400),
  ('2026-10-30', 'Riverside', 'Case Manager/OT', 5500, 220, 0),
  ('2026-10-30', 'Riverside', 'Assessment/Case Officers', 3650, 500, 0),
  ('2026-10-30', 'Riverside', 'Administration', 2600, 0, 0),
  ('2026-11-20', 'Riverside', 'Service Manager', 200, 0, 0),
  ('2026-11-20', 'Riverside', 'Team Manager', 400, 100, 100),
  ('2026-11-20', 'Riverside', 'Senior Practitioner/OT', 900, 700, 400),
  ('2026-11-20', 'Riverside', 'Case Manager/OT', 5500, 300, 0),
  ('2026-11-20', 'Riverside', 'Assessment/Case Officers', 3650, 450, 0),
  ('2026-11-20', 'Riverside', 'Administration', 2600, 0, 0),
  ('2026-10-02', 'Castlegate', 'Service Manager', 200, 100, 0),
  ('2026-10-02', 'Castlegate', 'Team Manager', 400, 200, 0),
  ('2026-10-02', 'Castlegate', 'Senior Practitioner/OT', 800, 600, 0),
  ('2026-10-02', 'Castlegate', 'Case Manager/OT', 3100, 430, 100),
  ('2026-10-02', 'Castlegate', 'Assessment/Case Officers', 5450, 680, 0),
  ('2026-10-02', 'Castlegate', 'Administration', 3000, 790, 200),
  ('2026-10-30', 'Castlegate', 'Service Manager', 200, 100, 0),
  ('2026-10-30', 'Castlegate', 'Team Manager', 400, 200, 0),
  ('2026-10-30', 'Castlegate', 'Senior Practitioner/OT', 800, 700, 0),
  ('2026-10-30', 'Castlegate', 'Case Manager/OT', 3100, 430, 100),
  ('2026-10-30', 'Castlegate', 'Assessment/Case Officers', 5450, 680, 0),
  ('2026-10-30', 'Castlegate', 'Administration', 3000, 790, 200),
  ('2026-11-20', 'Castlegate', 'Service Manager', 200, 100, 0),
  ('2026-11-20', 'Castlegate', 'Team Manager', 400, 200, 0),
  ('2026-11-20', 'Castlegate', 'Senior Practitioner/OT', 800, 800, 0),
  ('2026-11-20', 'Castlegate', 'Case Manager/OT', 3100, 480, 100),
  ('2026-11-20', 'Castlegate', 'Assessment/Case Officers', 5450, 730, 100),
  ('2026-11-20', 'Castlegate', 'Administration', 3000, 690, 200),
  ('2026-10-02', 'Coastal', 'Service Manager', 200, 100, 0),
  ('2026-10-02', 'Coastal', 'Team Manager', 400, 100, 0),
  ('2026-10-02', 'Coastal', 'Senior Practitioner/OT', 700, 200, 0),
  ('2026-10-02', 'Coastal', 'Case Manager/OT', 4200, 290, 100),
  ('2026-10-02', 'Coastal', 'Assessment/Case Officers', 3350, -150, 0),
  ('2026-10-02', 'Coastal', 'Administration', 2700, -130, 200),
  ('2026-10-30', 'Coastal', 'Service Manager', 200, 100, 0),
  ('2026-10-30', 'Coastal', 'Team Manager', 400, 100, 0),
  ('2026-10-30', 'Coastal', 'Senior Practitioner/OT', 700, 200, 0),
  ('2026-10-30', 'Coastal', 'Case Manager/OT', 4200, 290, 100),
  ('2026-10-30', 'Coastal', 'Assessment/Case Officers', 3350, -250, 0),
  ('2026-10-30', 'Coastal', 'Administration', 2700, -130, 200),
  ('2026-11-20', 'Coastal', 'Service Manager', 200, 100, 100),
  ('2026-11-20', 'Coastal', 'Team Manager', 400, 100, 0),
  ('2026-11-20', 'Coastal', 'Senior Practitioner/OT', 700, 100, 0),
  ('2026-11-20', 'Coastal', 'Case Manager/OT', 4200, 290, 100),
  ('2026-11-20', 'Coastal', 'Assessment/Case Officers', 3350, -250, 0),
  ('2026-11-20', 'Coastal', 'Administration', 2700, -130, 100);

-- Review throughput: six teams, fortnightly from 3 Aug 2026, against Rotherham's target of
-- 2 reviews per FTE per week (seed 003, §5.3).  The Adult Reviewing Team completed nothing
-- in its first fortnight while closing caseloads, as Rotherham's did in May; Riverside and
-- Castlegate fall behind with growing backlogs; Coastal and Northmoor keep pace.  The
-- Learning Disability team works to its own rate of 1.5 (complex reviews) over a cohort of
-- 752 people, Rotherham's learning disability cohort (seed 003, §4.1).
INSERT INTO reviews (period_start, team, period_days, fte, completed, target_per_fte_week, backlog, clients, reviewed_12m) VALUES
  ('2026-08-03', 'Adult Reviewing Team', 14, 600, 0, NULL, 140, 620, 459),
  ('2026-08-17', 'Adult Reviewing Team', 14, 600, 10, NULL, 138, 620, 462),
  ('2026-08-31', 'Adult Reviewing Team', 14, 600, 18, NULL, 130, 620, 465),
  ('2026-09-14', 'Adult Reviewing Team', 14, 600, 22, NULL, 118, 620, 468),
  ('2026-09-28', 'Adult Reviewing Team', 14, 600, 24, NULL, 104, 620, 471),
  ('2026-10-12', 'Adult Reviewing Team', 14, 600, 25, NULL, 90, 620, 474),
  ('2026-10-26', 'Adult Reviewing Team', 14, 600, 23, NULL, 80, 620, 477),
  ('2026-11-09', 'Adult Reviewing Team', 14, 600, 26, NULL, 66, 620, 480),
  ('2026-08-03', 'Northmoor Locality', 14, 450, 17, NULL, 60, 900, 669),
  ('2026-08-17', 'Northmoor Locality', 14, 450, 18, NULL, 58, 900, 672),
  ('2026-08-31', 'Northmoor Locality', 14, 450, 16, NULL, 59, 900, 675),
  ('2026-09-14', 'Northmoor Locality', 14, 450, 18, NULL, 57, 900, 678),
  ('2026-09-28', 'Northmoor Locality', 14, 450, 19, NULL, 55, 900, 681),
  ('2026-10-12', 'Northmoor Locality', 14, 450, 18, NULL, 54, 900, 684),
  ('2026-10-26', 'Northmoor Locality', 14, 450, 17, NULL, 54, 900, 687),
  ('2026-11-09', 'Northmoor Locality', 14, 450, 18, NULL, 52, 900, 690),
  ('2026-08-03', 'Riverside Locality', 14, 500, 16, NULL, 70, 950, 589),
  ('2026-08-17', 'Riverside Locality', 14, 500, 15, NULL, 74, 950, 592),
  ('2026-08-31', 'Riverside Locality', 14, 500, 14, NULL, 79, 950, 595),
  ('2026-09-14', 'Riverside Locality', 14, 500, 13, NULL, 85, 950, 598),
  ('2026-09-28', 'Riverside Locality', 14, 500, 14, NULL, 90, 950, 601),
  ('2026-10-12', 'Riverside Locality', 14, 500, 12, NULL, 97, 950, 604),
  ('2026-10-26', 'Riverside Locality', 14, 500, 13, NULL, 103, 950, 607),
  ('2026-11-09', 'Riverside Locality', 14, 500, 12, NULL, 110, 950, 610),
  ('2026-08-03', 'Castlegate Locality', 14, 350, 12, NULL, 95, 820, 434),
  ('2026-08-17', 'Castlegate Locality', 14, 350, 11, NULL, 100, 820, 437),
  ('2026-08-31', 'Castlegate Locality', 14, 350, 10, NULL, 106, 820, 440),
  ('2026-09-14', 'Castlegate Locality', 14, 350, 9, NULL, 113, 820, 443),
  ('2026-09-28', 'Castlegate Locality', 14, 350, 8, NULL, 120, 820, 446),
  ('2026-10-12', 'Castlegate Locality', 14, 350, 8, NULL, 127, 820, 449),
  ('2026-10-26', 'Castlegate Locality', 14, 350, 7, NULL, 134, 820, 452),
  ('2026-11-09', 'Castlegate Locality', 14, 350, 6, NULL, 142, 820, 455),
  ('2026-08-03', 'Coastal Locality', 14, 400, 16, NULL, 20, 700, 619),
  ('2026-08-17', 'Coastal Locality', 14, 400, 17, NULL, 19, 700, 622),
  ('2026-08-31', 'Coastal Locality', 14, 400, 16, NULL, 18, 700, 625),
  ('2026-09-14', 'Coastal Locality', 14, 400, 17, NULL, 17, 700, 628),
  ('2026-09-28', 'Coastal Locality', 14, 400, 16, NULL, 16, 700, 631),
  ('2026-10-12', 'Coastal Locality', 14, 400, 17, NULL, 15, 700, 634),
  ('2026-10-26', 'Coastal Locality', 14, 400, 16, NULL, 14, 700, 637),
  ('2026-11-09', 'Coastal Locality', 14, 400, 17, NULL, 13, 700, 640),
  ('2026-08-03', 'Learning Disability', 14, 300, 9, 150, 45, 752, 539),
  ('2026-08-17', 'Learning Disability', 14, 300, 9, 150, 44, 752, 542),
  ('2026-08-31', 'Learning Disability', 14, 300, 10, 150, 42, 752, 545),
  ('2026-09-14', 'Learning Disability', 14, 300, 10, 150, 40, 752, 548),
  ('2026-09-28', 'Learning Disability', 14, 300, 11, 150, 38, 752, 551),
  ('2026-10-12', 'Learning Disability', 14, 300, 10, 150, 37, 752, 554),
  ('2026-10-26', 'Learning Disability', 14, 300, 11, 150, 35, 752, 557),
  ('2026-11-09', 'Learning Disability', 14, 300, 12, 150, 33, 752, 560);

-- Risks: Somerset's two register entries (seed 001), Nottingham City's programme risks
-- (seed 002), Rotherham's and Nottinghamshire's (seeds 003, 000).  With the default bands
-- (low to 4, medium to 12) and 23 Nov 2026 as today: high BCC-R01 (16), BCC-R02 (20),
-- BCC-R03 (16), BCC-R06 (20); overdue BCC-R01, BCC-R03, BCC-R06; low BCC-R08, BCC-R09;
-- BCC-R09 closed; the rest medium.
-- AANDH0030: Somerset (seed 001) AANDH0030: likelihood 3 x impact 3 = 9, AMBER/MEDIUM, revised score 9.
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('AANDH0030', 'Unable to achieve MTFP targets / deliver a balanced budget', 'Adult Social Care unable to achieve MTFP targets: costs exceed available resources.', 'Director of Adult Social Care', 'Finance', 3, 3, 3, 3, 'Benefits tracking against agreed KPI baselines; financial equations for forecast benefit; reconciliation of actuals against forecast.', 'open', '2026-11-09', '2026-12-07');
-- AANDH0033: Somerset (seed 001) AANDH0033: 3 x 3 = 9, AMBER/MEDIUM, revised score 9.
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('AANDH0033', 'Insufficient staffing capacity for transformation alongside business as usual', 'Insufficient staffing resource and capacity to contribute to and deliver transformation projects alongside core BAU activity.', 'Service Director, Transformation', 'Workforce', 3, 3, 3, 3, 'Partner team alongside our workforce; delivery leads released from operational duties.', 'open', '2026-11-09', '2026-12-07');
-- BCC-R01: Nottingham City (seed 002) risk I; overdue: its review fell due on 9 Nov.
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('BCC-R01', 'Insufficient homecare capacity', 'Homecare capacity in the external market does not meet demand, delaying discharges and reablement.', 'Head of Commissioning', 'Market', 4, 4, 3, 3, 'Prioritise demand; commission to increase capacity; escalate to leadership team; work with the integrated care system and voluntary sector.', 'open', '2026-10-12', '2026-11-09');
-- BCC-R02: Nottingham City (seed 002) risk II: high.
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('BCC-R02', 'Providers cannot recruit enough care staff', 'External providers struggle to recruit, so commissioned services cannot be delivered.', 'Head of Commissioning', 'Market', 4, 5, 3, 4, 'Corporate recruitment campaign with the Jobs Hub; ICS workstream on terms, conditions and careers.', 'open', '2026-11-09', '2026-12-07');
-- BCC-R03: Nottingham City (seed 002) risk III and Somerset (seed 001) backlogs; overdue since 16 Nov.
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('BCC-R03', 'Backlog of assessments and reviews grows', 'Insufficient capacity to carry out the transformation as well as statutory duties; backlogs grow in Riverside and Castlegate.', 'Head of Localities', 'Operational', 4, 4, 2, 3, 'External provider for reviews; workforce and organisational development strategy; weekly backlog report.', 'open', '2026-10-26', '2026-11-16');
-- BCC-R04: Nottingham City (seed 002) risk III (the second).
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('BCC-R04', 'Residential care numbers keep rising', 'The number of people in residential care and their length of stay continue to increase.', 'Head of Older Adults', 'Demand', 3, 4, 2, 4, 'Increase independence for older people project; supported living options.', 'open', '2026-11-09', '2026-12-07');
-- BCC-R05: Nottingham City (seed 002) risk IV: medium.
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('BCC-R05', 'Stakeholders not engaged', 'Inability to engage health colleagues, citizens and families could impact the programme.', 'Programme Manager', 'Governance', 2, 3, 1, 3, 'Strategic involvement in ICS programmes; engagement plan for each workstream; co-production.', 'open', '2026-11-09', '2026-12-07');
-- BCC-R06: Rotherham (seed 003) §4.3: circa £1.56m financial risk; overdue since 26 Oct.
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('BCC-R06', 'Transforming Care placements unfunded', 'Costs of Transforming Care placements fall to the council before Section 117 and CHC responsibilities are settled: circa £1.56m.', 'Head of Learning Disability', 'Finance', 4, 5, 3, 4, 'Resolve Section 117 and CHC processes with the CCG; joint commissioning lead for learning disability.', 'open', '2026-09-28', '2026-10-26');
-- BCC-R07: Nottinghamshire (seed 000) §24: the increased risk of double counting savings.
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('BCC-R07', 'Savings counted twice across interdependent projects', 'Reablement and reviews of the same cohort could both claim the same reduction in packages.', 'Programme Manager', 'Finance', 2, 4, 1, 4, 'Savings monitored by cohort; overlap lines flagged and counted once.', 'open', '2026-11-09', '2026-12-07');
-- BCC-R08: Rotherham (seed 003): potential further pressures of circa £450k; low.
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('BCC-R08', 'Transition cases from children''s services', 'Further pressures of circa £450k from transition cases not yet quantified.', 'Head of Preparing for Adulthood', 'Demand', 2, 2, 1, 2, 'Cohort profile and pipeline of future transition cases.', 'open', '2026-11-09', '2026-12-07');
-- BCC-R09: Nottingham City (seed 002) project 10; closed when the national timetable was delayed.
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('BCC-R09', 'Liberty Protection Safeguards implementation', 'New legislation needs preparation and trained staff.', 'Principal Social Worker', 'Legislation', 1, 3, 1, 2, 'Implementation deferred nationally; risk closed and kept for the record.', 'closed', '2026-06-15', NULL);
-- BCC-R10: Somerset (seed 001): develop digital and technology infrastructure; medium (6).
INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, mitigation, status, last_reviewed, next_review) VALUES
  ('BCC-R10', 'Digital assessment tool not ready', 'The new digital assessment tool may not be ready for the reablement pathway.', 'Head of Digital', 'Technology', 3, 2, 2, 2, 'Phased roll-out; paper fallback agreed.', 'open', '2026-11-09', '2026-12-07');

-- Score history: each review's likelihood and impact, for the movement arrows.
INSERT INTO risk_history (ref, reviewed_on, likelihood, impact, note) VALUES
  ('AANDH0030', '2026-09-14', 3, 4, 'Opening score at mobilisation'),
  ('AANDH0030', '2026-10-12', 3, 3, 'Benefits tracking in place'),
  ('AANDH0030', '2026-11-09', 3, 3, 'No change'),
  ('AANDH0033', '2026-10-12', 3, 3, 'Opening score'),
  ('AANDH0033', '2026-11-09', 3, 3, 'No change'),
  ('BCC-R01', '2026-09-14', 3, 4, 'Opening score'),
  ('BCC-R01', '2026-10-12', 4, 4, 'Two providers handed back packages'),
  ('BCC-R02', '2026-10-12', 4, 4, 'Opening score'),
  ('BCC-R02', '2026-11-09', 4, 5, 'Vacancy rates in the market rising'),
  ('BCC-R03', '2026-09-28', 3, 4, 'Opening score'),
  ('BCC-R03', '2026-10-26', 4, 4, 'Riverside and Castlegate backlogs growing'),
  ('BCC-R04', '2026-10-12', 4, 4, 'Opening score'),
  ('BCC-R04', '2026-11-09', 3, 4, 'Fewer new placements in October'),
  ('BCC-R05', '2026-11-09', 2, 3, 'Opening score'),
  ('BCC-R06', '2026-09-28', 4, 5, 'Opening score'),
  ('BCC-R07', '2026-11-09', 2, 4, 'Opening score'),
  ('BCC-R08', '2026-10-12', 2, 3, 'Opening score'),
  ('BCC-R08', '2026-11-09', 2, 2, 'Pipeline quantified'),
  ('BCC-R09', '2026-06-15', 1, 3, 'Closed: national timetable delayed'),
  ('BCC-R10', '2026-10-12', 2, 2, 'Opening score'),
  ('BCC-R10', '2026-11-09', 3, 2, 'Supplier delay');

-- Programme finance.
-- The budget bridge for 2026/27, as Rotherham (seed 003, §3.1) sets one out: the budget,
-- savings still to deliver, overspends, underspends, demand pressures and funding land at
-- the forecast outturn; planned actions give the revised position.  By hand:
-- forecast 61,250,000 + 912,000 + 480,000 + 420,000 + 45,000 - 310,000 + 2,150,000
--   + 880,000 - 1,200,000 - 650,000 = 63,977,000; variance +2,727,000;
-- 2026/27 actions -1,500,000 leave +1,227,000 (still overspent: red);
-- 2027/28 has actions only (-2,727,000): it carries 2026/27's position to 0.
INSERT INTO bridge (fy, section, name, amount) VALUES
  (2026, 'budget', 'Adult social care net budget 2026/27', 61250000),
  (2026, 'savings_undelivered', 'Community care package reviews (slipped)', 912000),
  (2026, 'savings_undelivered', 'My Front Door (learning disability)', 480000),
  (2026, 'overspend', 'Agency social workers', 420000),
  (2026, 'overspend', 'Transport - external provision', 45000),
  (2026, 'underspend', 'Vacant posts held', -310000),
  (2026, 'pressure', 'Residential and nursing placements', 2150000),
  (2026, 'pressure', 'Homecare hours', 880000),
  (2026, 'funding', 'Market sustainability grant', -1200000),
  (2026, 'funding', 'Hospital discharge fund', -650000),
  (2026, 'action', 'Reassessment of care packages', -900000),
  (2026, 'action', 'Reablement first', -600000),
  (2027, 'action', 'Reassessment of care packages', -1700000),
  (2027, 'action', 'Reablement first', -1027000);

-- KPIs that evidence savings, with Somerset's "financial equations" (seed 001): benefit =
-- improvement over baseline x pounds a year per unit.  By hand, at the latest values:
-- KPI-01 finishers 108 - 80 = 28 x 100,000 = 2,800,000, at target 3 months running: sustained;
-- KPI-02 hours 9,400 - 8,880 = 520 x 1,500 = 780,000, not yet at target;
-- KPI-03 starts 42 - 35 = 7 x 103,333 = 723,331, at target 2 months of the 3 agreed.
-- In all 4,303,331 a year.
INSERT INTO kpi (ref, name, unit, polarity, baseline, target, unit_value, saving_ref, sustain_periods) VALUES
  ('KPI-01', 'Reablement finishers a month', 'people', 'higher', 8000, 10400, 100000, 'ASC-01', 3),
  ('KPI-02', 'Homecare hours a week after reablement', 'hours', 'lower', 940000, 860000, 1500, 'ASC-02', 3),
  ('KPI-03', 'Residential and nursing starts a month', 'starts', 'lower', 4200, 3600, 103333, 'ASC-03', 3);
INSERT INTO kpi_value (ref, period, value) VALUES
  ('KPI-01', '2026-06-01', 8200), ('KPI-01', '2026-07-01', 8800), ('KPI-01', '2026-08-01', 9500),
  ('KPI-01', '2026-09-01', 10400), ('KPI-01', '2026-10-01', 10600), ('KPI-01', '2026-11-01', 10800),
  ('KPI-02', '2026-07-01', 935000), ('KPI-02', '2026-08-01', 921000), ('KPI-02', '2026-09-01', 902050),
  ('KPI-02', '2026-10-01', 894000), ('KPI-02', '2026-11-01', 888000),
  ('KPI-03', '2026-07-01', 4100), ('KPI-03', '2026-08-01', 3900), ('KPI-03', '2026-09-01', 3700),
  ('KPI-03', '2026-10-01', 3600), ('KPI-03', '2026-11-01', 3500);

-- What the programme costs: a contingent partner fee (Somerset, seed 001: guaranteed at 1.3x
-- recurrent benefit), temporary posts for two years (Nottinghamshire, seed 000, §29) and a
-- licence.  By hand: posts 2 x (63,664 + 106,636 + 40,776 + 106,636) = 635,424; total
-- 5,000,000 + 635,424 + 120,000 = 5,755,424; return 20,728,000 / 5,755,424 = 3.60:1, above
-- the 3:1 principle; fee payable on the 2027/28 run rate 6,120,000 / 1.3 = 4,707,692.
INSERT INTO investment (ref, kind, name, fte, grade, cost_pa, years, one_off) VALUES
  ('INV-01', 'fee', 'Transformation partner contingent fee', NULL, '', NULL, 100, 5000000),
  ('INV-02', 'post', 'Reablement service manager', 100, 'E', 63664, 200, NULL),
  ('INV-03', 'post', 'Business change analysts', 200, 'C', 106636, 200, NULL),
  ('INV-04', 'post', 'Performance business partner', 100, 'A', 40776, 200, NULL),
  ('INV-05', 'post', 'Transformation business partners', 200, 'C', 106636, 200, NULL),
  ('INV-06', 'other', 'Digital assessment tool licences', NULL, '', NULL, 100, 120000);

-- Snapshots taken at the last two fortnightly Project Assurance Meetings (Rotherham, seed
-- 003, §6.1).  Values are in each indicator's unit: pounds, tenths of a percent, counts.
-- They are history, as the meeting saw it, so they differ from the figures today.
INSERT INTO snapshot (id, label, taken_at) VALUES (1, 'PAM 26 Oct 2026', '2026-10-26T10:00:00Z');
INSERT INTO snapshot_value (snapshot_id, indicator, value) VALUES
  (1, 'savings_target_gbp', 22714000),
  (1, 'savings_stretch_gbp', 26114000),
  (1, 'savings_forecast_gbp', 21050000),
  (1, 'savings_actual_gbp', 10420000),
  (1, 'savings_gap_gbp', 1664000),
  (1, 'staffing_vacancy_pct', 135),
  (1, 'staffing_uncovered_pct', 114),
  (1, 'reviews_target_pct', 891),
  (1, 'reviews_backlog', 420),
  (1, 'risks_high', 3),
  (1, 'risks_overdue', 0);
INSERT INTO snapshot (id, label, taken_at) VALUES (2, 'PAM 9 Nov 2026', '2026-11-09T10:00:00Z');
INSERT INTO snapshot_value (snapshot_id, indicator, value) VALUES
  (2, 'savings_target_gbp', 22714000),
  (2, 'savings_stretch_gbp', 26114000),
  (2, 'savings_forecast_gbp', 20910000),
  (2, 'savings_actual_gbp', 10870000),
  (2, 'savings_gap_gbp', 1804000),
  (2, 'staffing_vacancy_pct', 129),
  (2, 'staffing_uncovered_pct', 108),
  (2, 'reviews_target_pct', 861),
  (2, 'reviews_backlog', 420),
  (2, 'risks_high', 4),
  (2, 'risks_overdue', 1),
  (2, 'budget_revised_variance_gbp', 1480000),
  (2, 'kpi_benefit_gbp', 3950000),
  (2, 'investment_gbp', 5755424);

-- The audit trail of the imports since the last meeting, as assure writes it: who, from
-- where, which file, each changed field's old and new value, and a summary of each import.
-- The savings forecasts cut here are the £182,000 fall the Overview shows since PAM 9 Nov.
INSERT INTO audit (at, who, client, action, table_name, key, field, old_value, new_value, source) VALUES
  ('2026-11-18T09:12:40Z', 'j.patel', '10.20.3.21', 'import', 'savings', 'ASC-02 / 2026/27', 'forecast', '850000', '700000', 'savings_tracker_18nov.csv'),
  ('2026-11-18T09:12:40Z', 'j.patel', '10.20.3.21', 'import', 'savings', 'ASC-13 / 2027/28', 'forecast', '732000', '700000', 'savings_tracker_18nov.csv'),
  ('2026-11-18T09:12:40Z', 'j.patel', '10.20.3.21', 'import', 'savings', '', '', NULL, '0 added, 2 changed, 0 removed, 58 unchanged', 'savings_tracker_18nov.csv'),
  ('2026-11-20T16:05:11Z', 'r.okafor', '10.20.3.14', 'import', 'staffing', '', '', NULL, '24 added, 0 changed, 0 removed, 48 unchanged', 'establishment_20nov.csv'),
  ('2026-11-20T16:20:47Z', 'r.okafor', '10.20.3.14', 'import', 'reviews', '2026-11-09 / Riverside Locality', 'backlog', '104', '110', 'reviews_fortnight_45.csv'),
  ('2026-11-20T16:20:47Z', 'r.okafor', '10.20.3.14', 'import', 'reviews', '', '', NULL, '0 added, 1 changed, 0 removed, 47 unchanged', 'reviews_fortnight_45.csv');


COMMIT;
