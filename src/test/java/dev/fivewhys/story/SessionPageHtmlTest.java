package dev.fivewhys.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A session's whole page, byte for byte, apart from the story SessionStoryHtmlTest pins: its heading and facts (the
 * project, the session it continues, its import from a log), mission, impact, targets, phases with their suites,
 * success criteria in every state, latest runs, its log's GitHub links and its timeline over two days with markdown and
 * an entry the app wrote. The page reads these as columns (SessionSheet, LogbookTemplates), not entities, so a change
 * there or in the template that alters what people see fails here.
 */
@QuarkusTest
class SessionPageHtmlTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void theWholePageReadsExactlyAsBefore() {
        long earlier = Fixtures.session("page-html", "Earlier <pass>").session();
        Fixtures.SessionIds ids = Fixtures.session("page-html", "Page: pinned & whole");
        long session = ids.session();
        Uploads.execute("update test_session set continues_session_id = ?1, mission = 'Find **every** break', "
                + "environment = 'staging-eu', status = 'RUNNING', ended_at = '2025-09-10T06:30:00Z', "
                + "target = 'All P0 <green>', performance_target = 'p95 < 50 ms', impact_note = 'checkout & billing' "
                + "where id = ?2", earlier, session);
        long phase = Uploads.number("select nextval('session_phase_seq')");
        Uploads.execute("insert into session_phase (id, session_id, position, name, priority, description) "
                + "values (?1, ?2, 2, 'Marathon', null, 'the long <run>')", phase, session);
        Uploads.execute("insert into phase_suite (id, phase_id, position, path, expected_count, description) values "
                + "(nextval('phase_suite_seq'), ?1, 1, 'tests/e2e/marathon', null, null), "
                + "(nextval('phase_suite_seq'), ?1, 2, 'tests/e2e/soak.py', 0, 'soak & more')", phase);
        Uploads.execute("insert into success_criterion (id, session_id, position, text, state) values "
                + "(nextval('success_criterion_seq'), ?1, 2, 'P0 <all>', 'MET'), "
                + "(nextval('success_criterion_seq'), ?1, 3, 'No flake', 'MISSED')", session);
        Uploads.execute("insert into session_import (id, session_id, fingerprint, repaired_charset, imported_by, "
                + "imported_at) values (nextval('session_import_seq'), ?1, ?2, 'windows-1252', null, "
                + "'2025-09-09T20:00:00Z')", session, "page-html-" + session);
        Uploads.execute("insert into github_link (id, record_kind, record_id, link_kind, repository, number, url, "
                + "last_synced_at, imported) values "
                + "(nextval('github_link_seq'), 'session', ?1, 'ISSUE', 'acme/page-html', 7, "
                + "'https://github.com/acme/page-html/issues/7', now(), true), "
                + "(nextval('github_link_seq'), 'session', ?1, 'PULL_REQUEST', 'acme/page-html', 8, "
                + "'https://github.com/acme/page-html/pull/8?a=1&b=2', now(), true)", session);
        long first = entry(session, "2025-09-09T21:20:00Z", "FIVE WHYS <start>", "Deployed **1234**", "engineer", false);
        long second = entry(session, "2025-09-09T22:15:00Z", "FAILURE SEEN", "- one\n- two `a & b`", null, true);
        long third = entry(session, "2025-09-09T22:40:00Z", "AUTO", "", "github", true);
        Uploads.api(session, Uploads.report("tests/e2e/test_page.py", new String[] { "test_ok", "PASSED", null }))
                .then().statusCode(201);
        Uploads.execute("update test_run set uploaded_at = '2025-09-09T21:00:00Z' where session_id = ?1", session);
        long run = Uploads.number("select max(id) from test_run where session_id = ?1", session);
        // the upload's own entry, at a time of its own
        long told = Uploads.number("select max(id) from log_entry where session_id = ?1 and written_by_app and "
                + "title <> 'FAILURE SEEN' and title <> 'AUTO'", session);
        Uploads.execute("update log_entry set occurred_at = '2025-09-10T07:00:00Z' where id = ?1", told);

        String page = WebClient.loginAs("engineer").get("/sessions/" + session).then().statusCode(200).extract()
                .asString().replaceAll("name=\"csrf-token\" value=\"[^\"]+\"", "name=\"csrf-token\" value=\"\"");
        String actual = part(page, "<article class=\"session-log\">", "<section class=\"go-no-go")
                + part(page, "<h2>Mission</h2>", "<section class=\"session-failures\"")
                + part(page, "<section class=\"session-analyses\"", "<section class=\"session-timeline\"")
                + part(page, "<div class=\"heading-row\">\n    <nav", "</article>");
        assertEquals(PINNED.formatted(session, earlier, run, first, second, third, told), actual);
    }

    private static long entry(long session, String at, String title, String body, String author, boolean app) {
        long id = Uploads.number("select nextval('log_entry_seq')");
        Uploads.execute("insert into log_entry (id, session_id, occurred_at, title, body, author, created_at, "
                + "written_by_app) values (?1, ?2, cast(?3 as timestamptz), ?4, ?5, ?6, now(), ?7)", id, session, at,
                title, body, author, app);
        return id;
    }

    private static final String PINNED = """
            <article class="session-log">
              <div class="heading-row">
                <h1>Page: pinned &amp; whole</h1>
                <div class="buttons">
                  <a class="button" href="/sessions/%1$d/report.md" title="This session as a markdown log, in the shape the team keeps them">Report</a>
                  <a class="button" href="/sessions/%1$d/edit">Edit</a>
                  <a class="button" href="/sessions/%1$d/plan">Edit plan</a>
                  <a class="button" href="/sessions/new?continues=%1$d">Continue in a new session</a>
                </div>
              </div>
              <dl class="meta">
                <dt>Project</dt><dd><a href="/sessions?project=page-html">Project page-html</a></dd>
                <dt>Session started</dt><dd>2025-09-09 23:05 &middot; ended 2025-09-10 06:30</dd>
                <dt>Environment</dt><dd>staging-eu</dd>
                <dt>Current status</dt><dd><span class="status status-RUNNING">Running</span></dd>
                <dt>Continues</dt><dd><a href="/sessions/%2$d">Earlier &lt;pass&gt;</a> <span class="hint">(on the impact page this session's figure replaces that one's)</span></dd>
                <dt>Imported</dt><dd>from a markdown log by someone, 2025-09-09 20:00 <span class="hint">(garbled characters repaired)</span></dd>
              </dl>
            <h2>Mission</h2><div class="md"><p>Find <strong>every</strong> break</p>
            </div>

              <h2>Executive summary</h2>
              <p class="impact"><strong>Business impact:</strong> $120,000 MRR at risk &mdash; checkout &amp; billing</p>
              <p><strong>Target:</strong> All P0 &lt;green&gt;</p>
              <p><strong>Performance target:</strong> p95 &lt; 50 ms</p>

              <h2>Test selection</h2>
              <section class="phase">
                <h3>Phase 1: Infrastructure Validation <span class="badge">P1</span></h3>
                <ul>
                  <li><code>tests/e2e/staging/test_priority1_critical_REAL.py</code> &mdash; Critical functionality (25 tests)</li>
                </ul>
              </section>
              <section class="phase">
                <h3>Phase 2: Marathon <span class="hint">(the long &lt;run&gt;)</span></h3>
                <ul>
                  <li><code>tests/e2e/marathon</code></li>
                  <li><code>tests/e2e/soak.py</code> &mdash; soak &amp; more (0 tests)</li>
                </ul>
              </section>

              <h2>Success criteria</h2>
              <ul class="criteria">
                <li class="criterion-OPEN"><span class="mark" aria-label="Open">&#9744;</span> P1 Tests: 100%% pass rate</li><li class="criterion-MET"><span class="mark" aria-label="Met">&#9989;</span> P0 &lt;all&gt;</li><li class="criterion-MISSED"><span class="mark" aria-label="Missed">&#10060;</span> No flake</li>
              </ul>

              <h2 id="results">Results</h2>
              <div class="table-scroll">
              <table class="list">
                <thead><tr><th>Run</th><th>Uploaded</th><th class="num">Tests</th><th class="num">Passed</th><th class="num">Failed</th><th class="num">Errored</th><th class="num">Skipped</th><th class="num">Duration</th></tr></thead>
                <tbody>
                <tr><td><a href="/sessions/%1$d/results?run=%3$d">Run #%3$d</a></td><td>2025-09-09 21:00</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">250 ms</td></tr>
                </tbody>
              </table>
              </div>
              <p><a href="/sessions/%1$d/results">All results and failures of this session</a> (1 run)</p>
            <form method="post" action="/sessions/%1$d/results" enctype="multipart/form-data" class="card upload" data-upload novalidate>
            <input type="hidden" name="csrf-token" value="">
              <div class="row">
                <div class="field">
                  <label for="report">JUnit XML report</label>
                  <input id="report" name="report" type="file" accept=".xml,application/xml,text/xml">
                 \s
                </div>
                <div class="field">
                  <label for="name">Name <span class="hint">(optional)</span></label>
                  <input id="name" name="name" type="text" value="" placeholder="the file's name">
                 \s
                </div>
              </div>
              <div class="actions">
                <button class="primary" type="submit">Upload results</button>
                <progress hidden value="0" max="1"></progress>
                <span class="hint" data-upload-status aria-live="polite"></span>
              </div>
            </form>

            <section class="session-analyses" id="analyses">
              <h2>Analyses of this session</h2>
              <p><a class="button" href="/analyses/new?session=%1$d">Start an analysis of this session</a></p>
              <p class="hint">Every analysis started from this session is shown with its failure above.</p>
              </section>

              <h2 id="github">GitHub</h2>
              <ul><li>Issue #7: <a href="https://github.com/acme/page-html/issues/7">https://github.com/acme/page-html/issues/7</a></li><li>Pull request #8: <a href="https://github.com/acme/page-html/pull/8?a=1&amp;b=2">https://github.com/acme/page-html/pull/8?a=1&amp;b=2</a></li></ul>

              <div class="heading-row">
                <nav class="timeline-filter" aria-label="Which entries to show"><strong aria-current="true">Both</strong> &middot; <a href="/sessions/%1$d?log=people#timeline">People&#39;s entries</a> &middot; <a href="/sessions/%1$d?log=app#timeline">Written by the app</a></nav>
                <a class="button" href="/sessions/%1$d/log/new">Add log entry</a>
              </div>
              <h3 class="timeline-day">Tuesday 9 September 2025</h3>
              <section class="log-entry" id="entry-%4$d">
                <h4><time datetime="2025-09-09T21:20:00Z" title="2025-09-09 21:20">21:20</time> &mdash; FIVE WHYS &lt;start&gt; <a class="hint" href="#entry-%4$d" title="Link to this entry; cite it as evidence by its number">#%4$d</a></h4>
                <div class="md"><p>Deployed <strong>1234</strong></p>
            </div>
                <p class="hint">by engineer</p>
              </section>
              <section class="log-entry log-entry-app" id="entry-%5$d">
                <h4><time datetime="2025-09-09T22:15:00Z" title="2025-09-09 22:15">22:15</time> &mdash; FAILURE SEEN <a class="hint" href="#entry-%5$d" title="Link to this entry; cite it as evidence by its number">#%5$d</a></h4>
                <div class="md"><ul>
            <li>one</li>
            <li>two <code>a &amp; b</code></li>
            </ul>
            </div>
                <p class="hint written-by-app">Written by the app</p>
              </section>
              <section class="log-entry log-entry-app" id="entry-%6$d">
                <h4><time datetime="2025-09-09T22:40:00Z" title="2025-09-09 22:40">22:40</time> &mdash; AUTO <a class="hint" href="#entry-%6$d" title="Link to this entry; cite it as evidence by its number">#%6$d</a></h4>
                <div class="md"></div>
                <p class="hint written-by-app">Written by the app &middot; by github</p>
              </section>
              <h3 class="timeline-day">Wednesday 10 September 2025</h3>
              <section class="log-entry log-entry-app" id="entry-%7$d">
                <h4><time datetime="2025-09-10T07:00:00Z" title="2025-09-10 07:00">07:00</time> &mdash; TEST RESULTS UPLOADED <a class="hint" href="#entry-%7$d" title="Link to this entry; cite it as evidence by its number">#%7$d</a></h4>
                <div class="md"><p>1 test in <a rel="nofollow" href="/sessions/%1$d/results?run=%3$d">Run #%3$d</a>: 1 passed, 0 failed, 0 errored, 0 skipped, in 250 ms.</p>
            </div>
                <p class="hint written-by-app">Written by the app &middot; by engineer</p>
              </section>
              </section>
            """;

    private static String part(String page, String start, String end) {
        int at = page.indexOf(start);
        assertTrue(at >= 0, start + " in\n" + page);
        int to = page.indexOf(end, at);
        assertTrue(to >= 0, end + " in\n" + page);
        return page.substring(at, to);
    }
}
