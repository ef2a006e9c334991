-- sample/register.sql: Brackenshire's project register and its benefits
-- sign-off, as the programme office held them by late November 2026.  `make
-- sample.db` loads this after milestones.sql, once the database is at the
-- schema version that holds the tables.
-- Words from the seeds in ../shared/seeds: Somerset's (001) sponsors and
-- delivery leads, its fee "100% contingent on the delivery of better outcomes"
-- with a guarantee of "at least 1.3 times" the fee, KPIs "sustained for an
-- agreed period before signed off as achieved", and Leicestershire's
-- programme "signed off as having delivered £11.8m recurrent financial
-- benefit"; Rotherham's (003) Project Assurance Meetings "chaired by the
-- Strategic Director", its Assistant Directors and its Principal Social Worker.
--
-- The register: the seven workstreams the savings lines name, each with a
-- sponsor and a delivery lead, and two projects under them that carry no
-- financial saving (strength-based practice, a digital front door).
--
-- Sign-offs (each line's latest agreed is the one that counts):
--   ASC-01 proposed 9 Jul at £1,200,000, agreed 10 Sep at £1,590,000
--     (2024/25's 210,000 + 2025/26's 1,380,000, evidenced by KPI-01);
--   ASC-02 rejected 8 Oct (KPI-02 not sustained);
--   ASC-03 agreed 9 Apr at £100,000 (2024/25), agreed again 8 Oct at
--     £620,000 (100,000 + 520,000): the later, £620,000, counts;
--   ASC-06 proposed 12 Nov at £860,000 (220,000 + 640,000): not yet agreed;
--   ASC-08 agreed 14 May at £320,000 (150,000 + 170,000, delivered);
--   ASC-09 agreed 11 Jun at £258,000 (187,000 + 71,000, delivered).
-- Signed off at 23 Nov 2026: 1,590,000 + 620,000 + 320,000 + 258,000 =
--   £2,788,000 on 4 lines; the fee payable on it is min(5,000,000,
--   2,788,000 / 1.3 = 2,144,615.4) = £2,144,615, beside £4,707,692 on the
--   forecast run rate (programme.sql).
-- As at 1 Jul 2026: ASC-03 100,000 + ASC-08 320,000 + ASC-09 258,000 =
--   £678,000 on 3 lines; 678,000 / 1.3 = 521,538.5, so £521,538 payable.
-- Every amount is within its line's forecast recurrent saving (ASC-01
-- £6,040,000, ASC-03 £1,860,000, ASC-06 £2,080,000, ASC-08 £320,000, ASC-09
-- £258,000), and every agreed one names who signed it off and its evidence.
PRAGMA foreign_keys = ON;
BEGIN;

INSERT INTO workstream (name, kind, parent, sponsor, delivery_lead, phase, financial, note) VALUES
  ('Short Term Services', 'workstream', '', 'Strategic Director, Adult Care', 'Head of Reablement', 'implement', 'yes', 'Reablement capacity and effectiveness, and short term beds.'),
  ('Outcomes from Decision Making', 'workstream', '', 'Assistant Director, Operations', 'Principal Social Worker', 'implement', 'yes', ''),
  ('Right-sizing Care Packages', 'workstream', '', 'Assistant Director, Operations', 'Head of Localities', 'implement', 'yes', 'Cohort reviews of all community care packages.'),
  ('Accommodation', 'workstream', '', 'Assistant Director, Learning Disability and Mental Health', 'Head of Learning Disability', 'design', 'yes', ''),
  ('Transitions', 'workstream', '', 'Assistant Director, Learning Disability and Mental Health', 'Head of Preparing for Adulthood', 'design', 'yes', ''),
  ('Promoting Independence', 'workstream', '', 'Assistant Director, Commissioning', 'Head of Commissioning', 'sustain', 'yes', 'Its assistive technology line was dropped in 2025/26.'),
  ('Commissioning', 'workstream', '', 'Assistant Director, Commissioning', 'Head of Commissioning', 'design', 'yes', ''),
  ('Strength-based practice', 'project', 'Outcomes from Decision Making', 'Assistant Director, Operations', 'Principal Social Worker', 'implement', 'no', 'A practice project: its benefit shows in ASC-03 and ASC-14, not in a saving of its own.'),
  ('Digital front door', 'project', 'Promoting Independence', 'Assistant Director, Commissioning', 'Head of Digital Services', 'design', 'no', 'Online self-assessment and information and advice.');

INSERT INTO signoff (line, signed_on, amount, status, signed_by, evidence, note) VALUES
  ('ASC-01', '2026-07-09', 1200000, 'proposed', 'Head of Reablement', 'KPI-01', 'Proposed before KPI-01 had been sustained for three periods.'),
  ('ASC-01', '2026-09-10', 1590000, 'agreed', 'Adults Programme Board', 'KPI-01', '2024/25 and 2025/26 delivered, the KPI sustained for three periods.'),
  ('ASC-02', '2026-10-08', 500000, 'rejected', 'Adults Programme Board', 'KPI-02', 'KPI-02 not sustained: homecare hours after reablement back above target in September.'),
  ('ASC-03', '2026-04-09', 100000, 'agreed', 'Strategic Director, Adult Care', 'KPI-03', '2024/25.'),
  ('ASC-03', '2026-10-08', 620000, 'agreed', 'Adults Programme Board', 'KPI-03', '2024/25 and 2025/26.'),
  ('ASC-06', '2026-11-12', 860000, 'proposed', 'Head of Learning Disability', 'Supported living moves tracker, October 2026', 'To the December Programme Board.'),
  ('ASC-08', '2026-05-14', 320000, 'agreed', 'Adults Programme Board', 'Shared Lives placements return, April 2026', 'Delivered.'),
  ('ASC-09', '2026-06-11', 258000, 'agreed', 'Section 151 Officer', 'Night visiting contract termination notice, ref. ASC/COM/2025/114', 'Delivered.');

COMMIT;
