-- The floor for `assure report overview --format json`: the same headline
-- aggregates as one query in the sqlite3 shell (default thresholds and final
-- year; today is 2026-11-23, as the bench sets it).  FTE and rates are
-- hundredths: a period's target in reviews is fte x rate x days / 7 / 10,000.
.mode json
WITH
  lines AS (SELECT ref FROM savings_line WHERE origin <> 'overlap'),
  money AS (SELECT sum(target) AS target, sum(stretch) AS stretch, sum(forecast) AS forecast,
                   sum(actual) AS actual FROM savings_profile WHERE ref IN lines),
  counted AS (SELECT ref FROM savings_line WHERE origin <> 'overlap' AND status <> 'dropped'),
  figures AS (SELECT fy, forecast FROM savings_profile
              WHERE ref IN counted AND coalesce(target, stretch, forecast, actual) IS NOT NULL),
  run AS (SELECT max(fy) AS fy, CASE WHEN count(*) > 0 THEN coalesce(sum(forecast), 0) END AS forecast
          FROM figures WHERE fy = (SELECT max(fy) FROM figures)),
  latest AS (SELECT max(as_at) AS as_at FROM staffing),
  staff AS (SELECT sum(establishment_fte) AS e, sum(vacancy_fte) AS v,
                   sum(max(0, vacancy_fte - agency_fte)) AS u FROM staffing WHERE as_at = (SELECT as_at FROM latest)),
  period AS (SELECT max(period_start) AS start FROM reviews),
  rev AS (SELECT sum(completed) AS done, sum(fte * coalesce(target_per_fte_week, 200) * period_days / 7.0) AS target,
                 sum(backlog) AS backlog FROM reviews WHERE period_start = (SELECT start FROM period)),
  risks AS (SELECT count(*) AS open, sum(likelihood * impact > 12) AS high,
                   sum(CASE WHEN next_review IS NOT NULL THEN next_review < '2026-11-23'
                            WHEN last_reviewed IS NOT NULL THEN date(last_reviewed, '+28 days') < '2026-11-23'
                            ELSE 0 END) AS overdue
            FROM risk WHERE status = 'open')
SELECT '2026-11-23' AS as_at, money.target AS savings_target_gbp, money.stretch AS savings_stretch_gbp,
       money.forecast AS savings_forecast_gbp, money.actual AS savings_actual_gbp,
       money.target - coalesce(money.forecast, 0) AS savings_gap_gbp,
       round(1000.0 * money.forecast / money.target) / 10 AS savings_delivery_pct,
       CASE WHEN 100.0 * money.forecast / money.target >= 95 THEN 'green'
            WHEN 100.0 * money.forecast / money.target >= 80 THEN 'amber' ELSE 'red' END AS savings_rag,
       run.fy AS savings_run_rate_fy, run.forecast AS savings_run_rate_gbp,
       latest.as_at AS staffing_as_at, round(1000.0 * staff.v / staff.e) / 10 AS staffing_vacancy_pct,
       round(1000.0 * staff.u / staff.e) / 10 AS staffing_uncovered_pct,
       CASE WHEN 100.0 * staff.u / staff.e >= 20 THEN 'red' WHEN 100.0 * staff.u / staff.e >= 10 THEN 'amber'
            ELSE 'green' END AS staffing_rag,
       period.start AS reviews_period_start, round(10000000.0 * rev.done / rev.target) / 10 AS reviews_target_pct,
       rev.backlog AS reviews_backlog,
       CASE WHEN 1000000.0 * rev.done / rev.target >= 90 THEN 'green'
            WHEN 1000000.0 * rev.done / rev.target >= 75 THEN 'amber' ELSE 'red' END AS reviews_rag,
       risks.open AS risks_open, risks.high AS risks_high, risks.overdue AS risks_overdue
FROM money, run, latest, staff, period, rev, risks;
