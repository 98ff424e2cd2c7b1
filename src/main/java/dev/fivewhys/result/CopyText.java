package dev.fivewhys.result;

import java.sql.SQLException;

/**
 * Encodes rows in PostgreSQL's COPY text format, straight into UTF-8 bytes: columns separated by a tab, rows
 * ended by a newline, null as {@code \N}, and in values a backslash, tab, newline or carriage return written as
 * its backslash escape, which is all COPY's text format reads specially. NUL cannot be stored in a PostgreSQL
 * text value (an INSERT refuses it too), so it is left out; a lone surrogate becomes '?', as Java's own UTF-8
 * encoder writes it. Bytes go to {@link Sink} in chunks, so a long value never needs a buffer of its size.
 */
final class CopyText {

    /** Where full chunks of encoded rows go (the COPY stream). */
    interface Sink {
        void write(byte[] bytes, int length) throws SQLException;
    }

    static final int CHUNK = 64 * 1024;

    private final byte[] buffer = new byte[CHUNK];
    private final Sink sink;
    private int position;
    private boolean rowStarted;

    CopyText(Sink sink) {
        this.sink = sink;
    }

    CopyText value(String text) throws SQLException {
        separate();
        if (text == null) {
            return nullValue();
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            i = plain(text, i);
            if (i == length) {
                break;
            }
            if (position > CHUNK - 4) {
                flush();
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escape((byte) '\\');
                    case '\t' -> escape((byte) 't');
                    case '\n' -> escape((byte) 'n');
                    case '\r' -> escape((byte) 'r');
                    case 0 -> {
                        // PostgreSQL text holds no NUL
                    }
                    default -> buffer[position++] = (byte) c;
                }
            } else if (c < 0x800) {
                buffer[position++] = (byte) (0xC0 | (c >> 6));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                buffer[position++] = (byte) (0xF0 | (code >> 18));
                buffer[position++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                buffer[position++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (code & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buffer[position++] = '?';
            } else {
                buffer[position++] = (byte) (0xE0 | (c >> 12));
                buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    /**
     * Copies the printable ASCII characters from {@code start} on, as many as the buffer holds, up to the first other
     * character, and returns where it stopped. Nearly every character of a report is one of them, and this loop keeps
     * its position in a local and checks the room once (the upload's thread encodes every stored character).
     */
    private int plain(String text, int start) {
        int end = Math.min(text.length(), start + CHUNK - position);
        int at = position;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c < ' ' || c >= 0x7F || c == '\\') {
                break;
            }
            buffer[at++] = (byte) c;
            i++;
        }
        position = at;
        return i;
    }

    CopyText value(long number) throws SQLException {
        separate();
        if (position > CHUNK - 24) {
            flush();
        }
        if (number == Long.MIN_VALUE) {
            return ascii(Long.toString(number));
        }
        long n = number;
        if (n < 0) {
            buffer[position++] = '-';
            n = -n;
        }
        int digits = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = position + digits - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        position += digits;
        return this;
    }

    CopyText value(Long number) throws SQLException {
        return number == null ? separateThenNull() : value(number.longValue());
    }

    CopyText value(boolean flag) throws SQLException {
        separate();
        if (position > CHUNK - 2) {
            flush();
        }
        buffer[position++] = (byte) (flag ? 't' : 'f');
        return this;
    }

    void endRow() throws SQLException {
        if (position > CHUNK - 2) {
            flush();
        }
        buffer[position++] = '\n';
        rowStarted = false;
    }

    /** Hands what is buffered to the sink. */
    void flush() throws SQLException {
        if (position > 0) {
            sink.write(buffer, position);
            position = 0;
        }
    }

    private CopyText separateThenNull() throws SQLException {
        separate();
        return nullValue();
    }

    private CopyText nullValue() throws SQLException {
        return ascii("\\N");
    }

    private CopyText ascii(String text) throws SQLException {
        if (position > CHUNK - text.length() - 1) {
            flush();
        }
        for (int i = 0; i < text.length(); i++) {
            buffer[position++] = (byte) text.charAt(i);
        }
        return this;
    }

    private void escape(byte letter) {
        buffer[position++] = '\\';
        buffer[position++] = letter;
    }

    private void separate() throws SQLException {
        if (rowStarted) {
            if (position > CHUNK - 2) {
                flush();
            }
            buffer[position++] = '\t';
        }
        rowStarted = true;
    }
}
