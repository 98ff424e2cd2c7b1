package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** COPY's text format, byte for byte: what PostgreSQL reads back must be what the report said. */
class CopyTextTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CopyText text = new CopyText((bytes, length) -> out.write(bytes, 0, length));

    private String encoded() throws SQLException {
        text.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void separatorsAndTheEscapeCharacterInValuesAreEscaped() throws SQLException {
        text.value("a\tb").value("line 1\nline 2\r\n").value("C:\\tmp\\N").value("\\.").endRow();
        assertEquals("a\\tb\tline 1\\nline 2\\r\\n\tC:\\\\tmp\\\\N\t\\\\.\n", encoded());
    }

    @Test
    void nullIsBackslashNAndDiffersFromTheTextBackslashN() throws SQLException {
        text.value((String) null).value("\\N").value((Long) null).value(Long.valueOf(7)).endRow();
        assertEquals("\\N\t\\\\N\t\\N\t7\n", encoded());
    }

    @Test
    void numbersAndFlags() throws SQLException {
        text.value(0).value(-42).value(Long.MAX_VALUE).value(Long.MIN_VALUE).value(true).value(false).endRow();
        assertEquals("0\t-42\t9223372036854775807\t-9223372036854775808\tt\tf\n", encoded());
    }

    @Test
    void unicodeIsUtf8AndOtherControlCharactersPassAsTheyAre() throws SQLException {
        String value = "é € 𝄞 🚀 WebSocket 1011 — ✅ \u0001\u000b\u007f";
        text.value(value).endRow();
        assertEquals(value + "\n", encoded());
    }

    @Test
    void nulWhichPostgresqlTextCannotHoldIsLeftOutAndALoneSurrogateBecomesAQuestionMark() throws SQLException {
        text.value("a\u0000b").value("x\ud83dy").value("end\ud83d").endRow();
        assertEquals("ab\tx?y\tend?\n", encoded());
    }

    @Test
    void aValueLongerThanTheBufferArrivesWholeAcrossChunks() throws SQLException {
        String value = "🚀\\\n".repeat(CopyText.CHUNK);
        text.value(value).endRow();
        assertEquals("🚀\\\\\\n".repeat(CopyText.CHUNK) + "\n", encoded());
    }

    @Test
    void plainRunsAndEveryOtherCharacterMixedAcrossChunkEdgesEncodeAsOneByOne() throws SQLException {
        String[] pieces = { "a", "plain text run ", "\\", "\t", "\n", "\r", "\u0000", "\u0001", "\u007f", "é", "€", "🚀",
                "\ud83d", "\ude80", "x".repeat(CopyText.CHUNK - 5) };
        Random random = new Random(20261129);
        StringBuilder expected = new StringBuilder();
        for (int row = 0; row < 300; row++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(40); n >= 0; n--) {
                String piece = pieces[random.nextInt(pieces.length)];
                value.append(piece.length() > 100 && random.nextInt(8) != 0 ? "y" : piece);
            }
            text.value(value.toString()).endRow();
            expected.append(oneByOne(value.toString())).append('\n');
        }
        assertEquals(expected.toString(), encoded());
    }

    /** COPY's text escapes applied one code point at a time, as the format describes them. */
    private static String oneByOne(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('?');
            } else {
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case 0 -> {
                    }
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }
}
