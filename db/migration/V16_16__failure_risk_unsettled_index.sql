-- "Needs attention" asks, for every item it ranks, whether its failure's kept figures hold at the view's moment: none
-- with `latest` after it (impact/attention/RankedByRisk). Without an index that was a scan of all of failure_risk
-- (the bench data: 4,000 rows over 500 pages, as written and rewritten by the triggers) for each of the six lists
-- that rank, and the list of failures that came back read it twice: 6.5 ms of its 7. Almost no figure has a `latest`
-- after now (a session dated ahead), so the index answers with one page.
create index failure_risk_latest_idx on failure_risk (latest);
