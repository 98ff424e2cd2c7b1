package dev.fivewhys.result;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Notes how far the XML parser has read, so a parse error can be told apart: an error on the last line
 * once the input is exhausted means the file was cut off, anything else means it is malformed. (The
 * parser's own messages are localized, so they cannot be matched on.)
 */
final class WatchedInput extends FilterInputStream {

    private long bytes;
    private int lines = 1;
    private boolean afterCarriageReturn;
    private boolean ended;
    private IOException failure;

    WatchedInput(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = watch(super::read);
        if (b < 0) {
            ended = true;
        } else {
            bytes++;
            countLine(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = watch(() -> super.read(buffer, offset, length));
        if (n < 0) {
            ended = true;
        }
        for (int i = 0; i < n; i++) {
            countLine(buffer[offset + i]);
        }
        bytes += Math.max(n, 0);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // the parser never skips; reading instead keeps the line count honest if it ever does
        int read = read(new byte[(int) Math.max(0, Math.min(n, 8192))]);
        return Math.max(read, 0);
    }

    private interface Read {
        int read() throws IOException;
    }

    /** The parser wraps I/O failures as XML errors; remembering them keeps a dropped upload from reading as bad XML. */
    private int watch(Read read) throws IOException {
        try {
            return read.read();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    private void countLine(int b) {
        if (b == '\n') {
            if (!afterCarriageReturn) {
                lines++;
            }
            afterCarriageReturn = false;
        } else if (b == '\r') {
            lines++;
            afterCarriageReturn = true;
        } else {
            afterCarriageReturn = false;
        }
    }

    long bytesRead() {
        return bytes;
    }

    /** Lines seen so far, counting CRLF, LF and CR endings as XML does. */
    int linesRead() {
        return lines;
    }

    /** The I/O failure of the underlying stream, if reading it failed. */
    IOException failure() {
        return failure;
    }

    boolean reachedEnd() {
        return ended;
    }
}
