package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Counting lines as XML does tells a cut-off report from a malformed one, whatever sizes the parser reads in. */
class WatchedInputTest {

    private static final byte[] TEXT = "<a>\r\n<b>é\r<c/>\n\n</b>\r\r\n</a>\r".getBytes(StandardCharsets.UTF_8);

    @Test
    void countsLinesTheSameInEveryReadSize() throws IOException {
        for (int size = 1; size <= TEXT.length; size++) {
            WatchedInput input = new WatchedInput(new ByteArrayInputStream(TEXT));
            byte[] buffer = new byte[size + 3];
            while (input.read(buffer, 2, size) >= 0) {
                // read to the end, a carriage return and its line feed sometimes split between two reads
            }
            assertEquals(8, input.linesRead(), "reading " + size + " bytes at a time");
            assertEquals(TEXT.length, input.bytesRead());
            assertTrue(input.reachedEnd());
        }
    }

    @Test
    void countsLinesTheSameByteByByte() throws IOException {
        WatchedInput input = new WatchedInput(new ByteArrayInputStream(TEXT));
        while (input.read() >= 0) {
            // to the end
        }
        assertEquals(8, input.linesRead());
    }
}
