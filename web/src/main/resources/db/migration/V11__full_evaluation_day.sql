-- The day of the last full evaluation (issue 14): a change is judged in its scope alone only on a day the whole portfolio
-- was already judged on, since the date moves findings no change touches (quarters falling due, guidance projections).
alter table evaluation_lock add column full_evaluation_day date;
