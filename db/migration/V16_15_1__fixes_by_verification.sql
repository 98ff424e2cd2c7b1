-- The impact page's time to recovery reads the fixes verified since the previous period began (issue 16): each is a
-- failure's first verified fix unless another fix of the failure was verified before it. Before, it worked every
-- failure's first verified fix out on each view and kept those of the period.
create index fix_verified_idx on fix (verified_at) where verified_at is not null;
