-- The floor for `assure report risks --format csv`: open risks, highest score
-- first, with ratings and whether the review is overdue (default bands;
-- today is 2026-11-23).
.mode csv
.headers on
SELECT ref, title, owner, category, likelihood, impact, likelihood * impact AS score,
       CASE WHEN likelihood * impact <= 4 THEN 'low' WHEN likelihood * impact <= 12 THEN 'medium'
            ELSE 'high' END AS rating,
       target_likelihood * target_impact AS target_score,
       CASE WHEN target_likelihood IS NULL THEN '' WHEN target_likelihood * target_impact <= 4 THEN 'low'
            WHEN target_likelihood * target_impact <= 12 THEN 'medium' ELSE 'high' END AS target_rating,
       next_review,
       CASE WHEN next_review IS NOT NULL THEN next_review < '2026-11-23'
            WHEN last_reviewed IS NOT NULL THEN date(last_reviewed, '+28 days') < '2026-11-23'
            ELSE 0 END AS overdue, status
FROM risk WHERE status = 'open' ORDER BY score DESC, ref;
