package dev.fivewhys.result;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.support.JUnitFixtures;

/** A whole report read into memory: fine for tests, which is why the parser itself never does it. */
record ParsedReport(List<ParsedTestCase> cases, RunTotals totals) {

    static ParsedReport of(String xml) throws ReportRejectedException {
        return of(xml.getBytes(StandardCharsets.UTF_8));
    }

    static ParsedReport of(byte[] bytes) throws ReportRejectedException {
        return of(new ByteArrayInputStream(bytes));
    }

    static ParsedReport fixture(String fileName) throws ReportRejectedException, IOException {
        try (InputStream in = JUnitFixtures.open(fileName)) {
            return of(in);
        }
    }

    static ParsedReport of(InputStream in) throws ReportRejectedException {
        List<ParsedTestCase> cases = new ArrayList<>();
        RunTotals totals = new JUnitReportParser().parse(in, cases::add);
        return new ParsedReport(List.copyOf(cases), totals);
    }

    ParsedTestCase only() {
        if (cases.size() != 1) {
            throw new AssertionError("expected one case, got " + cases);
        }
        return cases.get(0);
    }

    ParsedTestCase named(String name) {
        return cases.stream().filter(c -> name.equals(c.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no case named " + name));
    }
}
