-- The floor for `assure report savings --format csv`: each line's figures
-- summed over its profile, with gap, delivery % and RAG (default thresholds).
.mode csv
.headers on
SELECT ref, workstream, cohort, name, status, target AS target_gbp, stretch AS stretch_gbp,
       forecast AS forecast_gbp, actual AS actual_gbp, target - coalesce(forecast, 0) AS gap_gbp,
       printf('%.1f', 100.0 * forecast / target) AS delivery_pct,
       CASE WHEN status = 'delivered' THEN 'blue' WHEN status = 'dropped' THEN 'grey'
            WHEN target IS NULL OR forecast IS NULL THEN ''
            WHEN 100.0 * forecast / target >= 95 THEN 'green'
            WHEN 100.0 * forecast / target >= 80 THEN 'amber' ELSE 'red' END AS rag
FROM (SELECT l.ref, l.workstream, l.cohort, l.name, l.status, sum(p.target) AS target,
             sum(p.stretch) AS stretch, sum(p.forecast) AS forecast, sum(p.actual) AS actual
      FROM savings_line l LEFT JOIN savings_profile p ON p.ref = l.ref GROUP BY l.ref)
ORDER BY ref;
