package dev.fivewhys.result;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamReader;

/**
 * Follows the report element by element: which suites are open, which case is being read. Hands each
 * case to the sink as soon as its {@code </testcase>} is read, so nothing accumulates.
 */
final class ReportWalker {

    /** Real reports nest a handful of levels; thousands is an attack on the suite stack, not a report. */
    static final int MAX_DEPTH = 500;

    private final Consumer<ParsedTestCase> sink;
    private final Tally tally = new Tally();
    private final Deque<SuiteFrame> suites = new ArrayDeque<>();

    private int depth;
    private String root;
    private boolean rootClosed;
    private DeclaredTotals rootDeclared = DeclaredTotals.NONE;
    private DeclaredTotals topLevelDeclared = DeclaredTotals.NONE;
    private OpenCase openCase;
    private int openCaseDepth;

    ReportWalker(Consumer<ParsedTestCase> sink) {
        this.sink = sink;
    }

    void start(XMLStreamReader xml) throws ReportRejectedException {
        depth++;
        String element = xml.getLocalName();
        if (depth > MAX_DEPTH) {
            throw new ReportRejectedException(
                    "The report nests elements more than " + MAX_DEPTH + " levels deep; this is not a test report.",
                    xml.getLocation().getLineNumber());
        }
        if (depth == 1) {
            startRoot(element, xml);
        } else if (openCase != null) {
            openCase.startChild(element, xml);
        } else if (element.equals("testsuite")) {
            startSuite(xml);
        } else if (element.equals("testcase")) {
            openCase = new OpenCase(currentSuite(), xml);
            openCaseDepth = depth;
        }
    }

    private void startRoot(String element, XMLStreamReader xml) throws ReportRejectedException {
        var refusal = ReportKind.refusal(element, xml.getNamespaceURI());
        if (refusal.isPresent()) {
            throw new ReportRejectedException(refusal.get(), xml.getLocation().getLineNumber());
        }
        root = element;
        rootDeclared = DeclaredAttributes.of(xml);
        if (element.equals("testsuite")) {
            startSuite(xml);
        } else {
            suites.push(SuiteFrame.NONE.root(Outcome.blankToNull(xml.getAttributeValue(null, "name"))));
        }
    }

    private void startSuite(XMLStreamReader xml) {
        if (depth == 2) {
            topLevelDeclared = topLevelDeclared.plus(DeclaredAttributes.of(xml));
        }
        suites.push(currentSuite().child(
                Outcome.blankToNull(xml.getAttributeValue(null, "name")),
                Outcome.blankToNull(xml.getAttributeValue(null, "file"))));
    }

    private SuiteFrame currentSuite() {
        return suites.isEmpty() ? SuiteFrame.NONE : suites.peek();
    }

    void end(XMLStreamReader xml) {
        if (openCase != null) {
            if (depth == openCaseDepth) {
                ParsedTestCase testCase = openCase.finish();
                openCase = null;
                tally.count(testCase);
                sink.accept(testCase);
            } else {
                openCase.endChild();
            }
        } else if (depth == 1 || xml.getLocalName().equals("testsuite")) {
            suites.pop();
        }
        depth--;
        if (depth == 0) {
            rootClosed = true;
        }
    }

    void text(XMLStreamReader xml) {
        if (openCase != null) {
            openCase.text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
    }

    boolean rootSeen() {
        return root != null;
    }

    boolean rootClosed() {
        return rootClosed;
    }

    String root() {
        return root;
    }

    RunTotals totals() {
        DeclaredTotals declared = root != null && root.equals("testsuites")
                ? DeclaredAttributes.forRoot(rootDeclared, topLevelDeclared)
                : rootDeclared;
        return tally.totals(declared);
    }
}
