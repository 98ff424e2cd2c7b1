-- A session's own go/no-go, computed from its success criteria, its open failures and its fixes' go/no-go. The last
-- verdict is kept so that a change of verdict can be noticed (and announced), and so that the managers' page can ask
-- for sessions that are not cleared with an index-free column read. Null: never computed yet (undecided).
alter table test_session add column go_no_go varchar(16)
    check (go_no_go in ('GO', 'CONDITIONAL_GO', 'NO_GO'));
-- What would change it, in words ("2 critical (P0) failures open; fix #14 awaits its stability validation").
alter table test_session add column go_no_go_summary text;

-- Timeline entries the app writes itself (results uploaded, analysis completed, fix merged, …), told apart from the
-- entries people write; author stays whoever caused the event.
alter table log_entry add column written_by_app boolean not null default false;
