package dev.fivewhys.result;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a JUnit XML report as a stream: each test case goes to the sink as soon as it has been read, so
 * a 200 MB report costs no more memory than a small one. Accepts what real producers write (Surefire,
 * TestNG, pytest, unittest, jest, phpunit, go-junit-report, JUnit.Xml.TestLogger, Swift, nette...):
 * {@code <testsuites>} or a bare {@code <testsuite>} root, suites nested at any depth, reruns, BOM, CRLF.
 *
 * <p>
 * If it throws, the sink may already have received cases: the caller must discard them (the upload runs
 * in one transaction, so a rollback does it).
 *
 * <p>
 * Safe against hostile uploads: DTDs and external entities are off, and any DOCTYPE is refused before
 * its content is used, so XXE and entity-expansion ("billion laughs") inputs are rejected at once.
 *
 * <p>
 * Throws {@link java.io.UncheckedIOException} when the stream itself fails (a dropped upload): that is
 * not the report's fault and must not read as "malformed XML".
 */
public class JUnitReportParser {

    private static final int CDATA_CHUNK = 8192;

    public RunTotals parse(InputStream in, Consumer<ParsedTestCase> sink) throws ReportRejectedException {
        WatchedInput input = new WatchedInput(in);
        ReportWalker walker = new ReportWalker(sink);
        XMLStreamReader xml = null;
        try {
            xml = newFactory().createXMLStreamReader(input);
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD -> throw ParseTrouble.doctype(xml);
                    case XMLStreamConstants.START_ELEMENT -> walker.start(xml);
                    case XMLStreamConstants.END_ELEMENT -> walker.end(xml);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        walker.text(xml);
                    default -> {
                        // comments and processing instructions say nothing about results
                    }
                }
            }
        } catch (XMLStreamException e) {
            if (input.failure() != null) {
                throw new UncheckedIOException("Reading the upload failed", input.failure());
            }
            throw ParseTrouble.explain(e, walker, input);
        } finally {
            closeQuietly(xml);
        }
        return walker.totals();
    }

    /**
     * The JDK's own StAX implementation, chosen explicitly so that whatever other StAX library lands on
     * the classpath, the safety settings below mean what they say.
     */
    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        // without this the JDK buffers a whole CDATA section (a 200 MB CDATA system-out = 400 MB of heap)
        factory.setProperty("jdk.xml.cdataChunkSize", CDATA_CHUNK);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are not allowed: " + systemId);
        });
        return factory;
    }

    private static void closeQuietly(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing left to release that matters; the caller owns the stream
            }
        }
    }
}
