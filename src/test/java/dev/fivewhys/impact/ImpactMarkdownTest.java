package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The markdown export is CommonMark with GFM tables: rendered with commonmark-java, every section is a heading, every
 * table a table (not text swallowed by a list), links lead back to the app, and text typed by people reads as typed.
 */
@QuarkusTest
class ImpactMarkdownTest {

    static final String PROJECT = "impact-markdown";
    static final String NAME = "Checkout | EU *beta*";
    static long failure;

    @BeforeAll
    static void data() {
        Fixtures.standardUsers();
        long project = Fixtures.project(PROJECT).id;
        failure = QuarkusTransaction.requiringNew().call(() -> {
            Project p = Project.findById(project);
            p.name = NAME;
            Instant now = Instant.now();
            TestSession session = ImpactTestRecords.session(p, "Night validation", ago(now, 3), SessionStatus.RUNNING,
                    55_000_000, "USD", ImpactBasis.MRR);
            Failure open = ImpactTestRecords.failure(p, "expected <script> in | the *page*", Severity.CRITICAL, ago(now, 10),
                    FailureStatus.OPEN, session);
            Failure back = ImpactTestRecords.failure(p, "1011 internal error", Severity.HIGH, ago(now, 20),
                    FailureStatus.OPEN, session);
            back.recurring = true;
            ImpactTestRecords.event(back, ago(now, 15), FailureEvent.RESOLVED, null);
            ImpactTestRecords.event(back, ago(now, 2), FailureEvent.REOPENED, session);
            Fix fix = ImpactTestRecords.fix(ImpactTestRecords.analysis(p, back, null, AnalysisStatus.COMPLETE, ago(now, 2)),
                    "Restore `get_db_session_factory`", FixStatus.MERGED, ago(now, 2));
            ImpactTestRecords.audit(fix, AuditRecommendation.APPROVED, ago(now, 1));
            ImpactTestRecords.stability(fix, Readiness.CONDITIONAL_GO, ago(now, 1),
                    "Deploy commit `8365f3012` first.\n\nThen watch the *1011* rate for a day.");
            return open.id;
        });
    }

    @Test
    void everySectionIsAHeadingAndEveryTableATable() {
        Node document = export();
        assertEquals(List.of("1 Business impact · " + NAME, "2 Needs attention", "2 Revenue at risk now",
                "3 At risk by project", "3 Revenue at risk by week", "2 Time to recovery", "2 Open failures: 2",
                "2 Failures that came back: 1", "2 Root causes", "2 Fixes in flight"),
                all(document, Heading.class).stream().map(h -> h.getLevel() + " " + text(h)).toList());

        Node atRisk = heading(document, "At risk by project").getNext();
        assertInstanceOf(TableBlock.class, atRisk, "the table follows its heading, not swallowed by the list above");
        assertEquals(List.of(List.of("Project", "Amount", "Open sessions"), List.of(NAME, "$550,000 MRR", "1")),
                rows(atRisk), "a pipe in a name stays in its cell");

        TableBlock trend = (TableBlock) heading(document, "Revenue at risk by week").getNext();
        List<List<String>> weeks = rows(trend);
        assertEquals(List.of("Week ending", "USD MRR"), weeks.get(0));
        assertEquals(13, weeks.size(), "a row for each of the 12 weeks");
        assertEquals("$550,000 MRR", weeks.get(weeks.size() - 1).get(1));

        TableBlock open = nextOf(heading(document, "Open failures: 2"), TableBlock.class);
        assertEquals(List.of("Critical", "1", "up 1"), rows(open).get(1));
        assertEquals(5, rows(open).size());
        TableBlock back = nextOf(heading(document, "Failures that came back: 1"), TableBlock.class);
        assertEquals(List.of("Failure", "Severity", "Came back", "Last came back", "Status"), rows(back).get(0));
        assertInstanceOf(TableBlock.class, heading(document, "Root causes").getNext());
        assertEquals(5, all(document, TableBlock.class).size());
    }

    @Test
    void itemsLinkBackToTheAppAndTextReadsAsTyped() {
        Node document = export();
        OrderedList attention = (OrderedList) heading(document, "Needs attention").getNext();
        List<Link> links = all(attention, Link.class);
        assertTrue(links.stream().anyMatch(l -> l.getDestination().equals("http://localhost:8080/failures/" + failure)),
                "absolute links, so the export works wherever it is read");
        assertTrue(
                all(attention, Text.class).stream().anyMatch(t -> t.getLiteral().contains("expected <script> in | the *page*")),
                "a failure's message reads as written, not as markup");
        assertEquals(List.of(), all(document, HtmlInline.class), "no HTML comes through");
        assertEquals(List.of(), all(document, HtmlBlock.class));

        BulletList fixes = (BulletList) heading(document, "Fixes in flight").getNext();
        ListItem fix = (ListItem) fixes.getFirstChild();
        assertTrue(text(fix.getFirstChild()).startsWith("Restore get_db_session_factory (Merged): CONDITIONAL GO"),
                text(fix.getFirstChild()));
        ListItem condition = (ListItem) all(fix, BulletList.class).get(0).getFirstChild();
        assertEquals("8365f3012", all(condition, Code.class).get(0).getLiteral(), "a condition is markdown, as written");
        assertEquals(2, all(condition, Paragraph.class).size(), "both of its paragraphs stay in its item");
    }

    private static Node export() {
        String markdown = WebClient.loginAs("manager").get("/impact/report.md?project=" + PROJECT).then().statusCode(200)
                .contentType("text/markdown").extract().asString();
        return Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
    }

    private static String ago(Instant now, int days) {
        return now.minus(days, ChronoUnit.DAYS).toString();
    }

    private static Heading heading(Node document, String text) {
        return all(document, Heading.class).stream().filter(h -> text(h).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no heading " + text));
    }

    private static <T extends Node> T nextOf(Node node, Class<T> type) {
        for (Node next = node.getNext(); next != null && !(next instanceof Heading); next = next.getNext()) {
            if (type.isInstance(next)) {
                return type.cast(next);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " after " + text(node));
    }

    /** The cells' text, a list per row, the head first. */
    private static List<List<String>> rows(Node table) {
        List<List<String>> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            assertTrue(part instanceof TableHead || part instanceof TableBody);
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(text(assertInstanceOf(TableCell.class, cell)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, type, found);
        }
    }
}
