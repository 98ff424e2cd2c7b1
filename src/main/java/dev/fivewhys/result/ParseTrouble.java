package dev.fivewhys.result;

import java.util.Locale;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Turns what went wrong while reading into a message the uploader can act on. */
final class ParseTrouble {

    private ParseTrouble() {
    }

    static ReportRejectedException doctype(XMLStreamReader xml) {
        int line = xml.getLocation().getLineNumber();
        String declaration = xml.getText() == null ? "" : xml.getText().strip().toLowerCase(Locale.ROOT);
        if (declaration.matches("<!doctype\\s+html\\b.*")) {
            return new ReportRejectedException("This is an HTML page, not a JUnit report; upload the JUnit XML "
                    + "report instead.", line);
        }
        return new ReportRejectedException("The report contains a DOCTYPE declaration. JUnit reports never "
                + "need one, and it is refused because it can make the server read files or expand entities "
                + "without end.", line);
    }

    static ReportRejectedException explain(XMLStreamException e, ReportWalker walker, WatchedInput input) {
        int line = lineOf(e);
        String detail = detailOf(e);
        if (!walker.rootSeen()) {
            if (input.reachedEnd() && input.bytesRead() == 0) {
                return new ReportRejectedException("The report is empty.", -1);
            }
            return new ReportRejectedException("This is not an XML file (" + detail + ").", line);
        }
        if (walker.rootClosed()) {
            return new ReportRejectedException("The report goes on after its closing </" + walker.root()
                    + ">: it looks like several reports joined into one file. Upload them one at a time, or "
                    + "merge them under one <testsuites> element.", line);
        }
        if (input.reachedEnd() && line >= input.linesRead()) {
            return new ReportRejectedException("The report is cut off: the file ends before </" + walker.root()
                    + "> closes it. Was the upload or the test run interrupted?", line);
        }
        return new ReportRejectedException("The report is not well-formed XML: " + detail + ".", line);
    }

    private static int lineOf(XMLStreamException e) {
        Location location = e.getLocation();
        return location == null ? -1 : location.getLineNumber();
    }

    /** The parser's own words, without the "ParseError at [row,col]" prefix it adds to its message. */
    private static String detailOf(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        message = message.strip();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        Location location = e.getLocation();
        if (location != null && location.getColumnNumber() > 0) {
            message = message + " at column " + location.getColumnNumber();
        }
        return message;
    }
}
