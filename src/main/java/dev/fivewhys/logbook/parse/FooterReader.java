package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.List;

/** Reads the notes after the last rule: "*Session Status: INITIALIZED - …*", "*Log File*: `…`". */
final class FooterReader {

    private FooterReader() {
    }

    static List<ParsedField> read(LogDocument document, LineClaims claims) {
        int firstHeading = document.headings().isEmpty() ? Integer.MAX_VALUE : document.headings().get(0).line();
        List<ParsedField> footer = new ArrayList<>();
        for (int n : document.looseLines()) {
            if (n < firstHeading || document.isBlank(n)) {
                continue; // lines before any heading are the header's
            }
            ParsedField field = LinePatterns.field(document.line(n), n);
            if (field == null) {
                field = LinePatterns.italicField(document.line(n), n);
            }
            if (field != null) {
                footer.add(field);
                claims.claim("footer field", field.key() + ": " + field.value(), field.source());
            }
        }
        return footer;
    }
}
