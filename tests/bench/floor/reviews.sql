-- The floor for `assure report reviews --format csv`: every period of every
-- team with its target, rate, target %, weeks to clear and RAG (2.00 reviews
-- per FTE per week unless the team has its own; default thresholds).
.mode csv
.headers on
SELECT period_start, period_days, team, printf('%.2f', fte / 100.0) AS fte, completed,
       printf('%.2f', target) AS target,
       printf('%.2f', 100.0 * completed / fte / (period_days / 7.0)) AS per_fte_week,
       printf('%.1f', 100.0 * completed / target) AS target_pct, backlog,
       printf('%.1f', backlog / (completed / (period_days / 7.0))) AS weeks_to_clear,
       printf('%.1f', 100.0 * reviewed_12m / clients) AS reviewed_12m_pct,
       CASE WHEN 100.0 * completed / target >= 90 THEN 'green'
            WHEN 100.0 * completed / target >= 75 THEN 'amber' ELSE 'red' END AS rag
FROM (SELECT *, fte * coalesce(target_per_fte_week, 200) * period_days / 70000.0 AS target FROM reviews)
ORDER BY period_start, team;
