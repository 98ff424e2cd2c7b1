-- A session's go/no-go as the API shows it (JSON: verdict, label, summary, blockers, conditions, facts), kept with
-- go_no_go and go_no_go_summary each time the session is decided again (story.SessionVerdicts), so that a list of
-- sessions reads it instead of deciding each session again. Null until decided after this migration; the app
-- decides such sessions in the background.
alter table test_session add column go_no_go_decision text;
