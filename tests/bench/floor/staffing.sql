-- The floor for `assure report staffing --format csv`: the latest snapshot's
-- rows with vacancy %, uncovered % and RAG (default thresholds).
.mode csv
.headers on
SELECT as_at, area, role, printf('%.2f', establishment_fte / 100.0) AS establishment_fte,
       printf('%.2f', vacancy_fte / 100.0) AS vacancy_fte, printf('%.2f', agency_fte / 100.0) AS agency_fte,
       printf('%.1f', 100.0 * vacancy_fte / establishment_fte) AS vacancy_pct,
       printf('%.1f', 100.0 * max(0, vacancy_fte - agency_fte) / establishment_fte) AS uncovered_pct,
       CASE WHEN 100.0 * max(0, vacancy_fte - agency_fte) / establishment_fte >= 20 THEN 'red'
            WHEN 100.0 * max(0, vacancy_fte - agency_fte) / establishment_fte >= 10 THEN 'amber'
            ELSE 'green' END AS rag
FROM staffing WHERE as_at = (SELECT max(as_at) FROM staffing) ORDER BY area, role;
