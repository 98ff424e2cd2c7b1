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
    private final byte[] oneByte = new byte[1];

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
            oneByte[0] = (byte) b;
            countLines(oneByte, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = watch(() -> super.read(buffer, offset, length));
        if (n < 0) {
            ended = true;
        }
        countLines(buffer, offset, n);
        bytes += Math.max(n, 0);
        return n;
    }

    /**
     * Counts CRLF, LF and CR endings as XML does, in local variables rather than fields: this runs over every byte of
     * an upload on the parsing thread (it was 7% of that thread's profile samples).
     */
    private void countLines(byte[] buffer, int offset, int n) {
        int counted = lines;
        boolean carriageReturn = afterCarriageReturn;
        for (int i = offset; i < offset + n; i++) {
            byte b = buffer[i];
            if (b == '\n') {
                if (!carriageReturn) {
                    counted++;
                }
                carriageReturn = false;
            } else if (b == '\r') {
                counted++;
                carriageReturn = true;
            } else {
                carriageReturn = false;
            }
        }
        lines = counted;
        afterCarriageReturn = carriageReturn;
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
