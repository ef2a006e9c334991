-- sample/highlights.sql: Brackenshire's highlight reports for October and
-- November 2026, one a workstream a month, as each workstream's lead wrote
-- them for the Adults Programme Board: the lead's RAG, progress so far,
-- challenges, next steps and the decisions the board is asked for.  `make
-- sample.db` loads this after milestones.sql, once the database is at the
-- schema version that holds the table.  A period is the month's first day, as
-- KPI values' periods are.
-- Words from the seeds in ../shared/seeds: Rotherham's (003) improvement plan,
-- each area's "progress so far / challenges / next steps" (the night visiting
-- cohort reviews, 2 reviews per FTE per week, My Front Door, Section 117 and
-- CHC for the Transforming Care cohort); Somerset's (001) stages "design,
-- pilot and implement" and its Equality Impact Assessment "signed off by the
-- programme board"; Kent's (004) "Phase 2 design"; Nottingham City's (002)
-- Adults Programme Board, meeting monthly, and "insufficient homecare
-- capacity".
--
-- Six workstreams hold savings lines not dropped (Promoting Independence's one
-- line, ASC-10, is dropped): each has a highlight for both months, so 'assure
-- check' finds none missing for 2026-11-01, the latest period.
-- The latest (November) RAGs: Short Term Services amber, Outcomes from Decision
-- Making green, Right-sizing Care Packages red, Accommodation amber, Transitions
-- green, Commissioning red: two rated red.  In October: amber, green, amber,
-- amber, green, amber: none red.
PRAGMA foreign_keys = ON;
BEGIN;

INSERT INTO highlight (workstream, period, rag, progress, challenges, next_steps, decisions_needed, lead) VALUES
  ('Short Term Services', '2026-10-01', 'amber', 'Reablement pathway tested and piloted in Riverside; the pilot extended a fortnight for the homecare hours after reablement to settle.', 'Castlegate''s reablement team is covered by agency workers until January.', 'Implement the pathway in every locality from November.', '', 'Head of Reablement'),
  ('Short Term Services', '2026-11-01', 'amber', 'Pilot complete on 16 Oct; reablement finishers up to 108 a month.', 'Implementation in Castlegate slips to 15 Jan 2027 while its agency cover ends; the effectiveness saving (ASC-02) is not yet validated against homecare hours after reablement.', 'Validate ASC-02 with finance; recruit to Castlegate''s vacancies.', 'Agree that ASC-02''s 2026/27 forecast stays at £700,000 until it is validated.', 'Head of Reablement'),
  ('Outcomes from Decision Making', '2026-10-01', 'green', 'Strength-based practice in every assessment team from 28 Oct, two days early.', '', 'Track residential and nursing starts against the opportunity each month.', '', 'Principal Social Worker'),
  ('Outcomes from Decision Making', '2026-11-01', 'green', 'Residential and nursing starts down for the second month running; case file audits show strengths-based conversations in most assessments.', 'Overlap with the strength-based reviews line (ASC-11) must be counted once.', 'Extend the practice to mental health and physical disability teams (ASC-15).', '', 'Principal Social Worker'),
  ('Right-sizing Care Packages', '2026-10-01', 'amber', 'The cohort led reviews to end the night visiting service have been particularly successful: 47 customers reviewed and only 3 requiring the same level of support.', 'The review rate of customers on service over 12 months is off target; staff came to the review team with existing caseloads to close.', 'Drive up consistent performance to the required 2 reviews per week per FTE.', '', 'Head of Localities'),
  ('Right-sizing Care Packages', '2026-11-01', 'red', 'Legacy caseloads closed; the review team now concentrates on review activity only.', 'The unforeseen closure of a 48 bed nursing and residential home diverted the review team; the backlog in Riverside and Castlegate is growing.', 'Weekly backlog report to each PAM; a targeted improvement plan for locality teams.', 'Agree two agency reviewers for twelve weeks to clear the backlog.', 'Head of Localities'),
  ('Accommodation', '2026-10-01', 'amber', 'My Front Door reviews have commenced; a market shaping event for the learning disability offer drew a wide range of providers.', 'The cost of potential Transforming Care placements, and Section 117 and CHC processes not yet agreed with the ICB.', 'Equality Impact Assessment for the workstream to the programme board.', '', 'Head of Learning Disability'),
  ('Accommodation', '2026-11-01', 'amber', 'Eleven of thirty planned moves to supported living made.', 'The Equality Impact Assessment slipped to 20 Nov; Section 117 and CHC still not agreed with the ICB.', 'Equality Impact Assessment signed off by the programme board; first ten moves from residential care by January.', 'Sign off the Equality Impact Assessment for the accommodation workstream.', 'Head of Learning Disability'),
  ('Transitions', '2026-10-01', 'green', 'Cohort profile of young people in transition to adult care drawn up from age 14.', '', 'Agree the transitions pathway with children''s services.', '', 'Head of Preparing for Adulthood'),
  ('Transitions', '2026-11-01', 'green', 'Pipeline of future transition cases built; average package cost aged 18-25 tracked monthly.', 'The volume of young people in transition to adult care is considerable.', 'Pathway from age 14 to the Adults Programme Board in February.', '', 'Head of Preparing for Adulthood'),
  ('Commissioning', '2026-10-01', 'amber', 'Managed accounts moved to spot contracts ahead of plan.', 'Insufficient homecare capacity: framework providers asked for 400 more hours a week.', 'Phase 2 design of the homecare re-tender; the average hourly rate reported to the PAM.', '', 'Head of Commissioning'),
  ('Commissioning', '2026-11-01', 'red', 'Two framework providers have offered 150 of the 400 hours asked for.', 'The re-tender specification slips to 22 Jan 2027, past the new framework contracts'' start on 8 Jan.', 'Average homecare hourly rate to the PAM of 7 Dec; re-plan the framework start.', 'Move the framework contracts'' start to follow the specification.', 'Head of Commissioning');

COMMIT;
