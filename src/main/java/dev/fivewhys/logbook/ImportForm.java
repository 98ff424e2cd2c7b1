package dev.fivewhys.logbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The import form: a project, and a log uploaded as a file or pasted. The preview's confirm form sends the same. */
public class ImportForm {

    /** A session log is a few pages; anything much longer is not one. */
    public static final int MAX_CHARS = 1_000_000;
    static final String TOO_LONG = "At most 1,000,000 characters: a session log is a few pages";

    @RestForm
    @NotNull(message = "Choose the project the session belongs to")
    public Long projectId;

    @RestForm
    @Size(max = MAX_CHARS, message = TOO_LONG)
    public String text;

    @RestForm
    public FileUpload file;

    /** The log: the uploaded file when there is one, else the pasted text; null when neither was given. */
    String log() {
        if (file != null && file.size() > 0) {
            try {
                return decode(Files.readAllBytes(file.uploadedFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text == null || text.isBlank() ? null : text;
    }

    /** UTF-8 as the teams save their logs (a byte-order mark dropped); a file that is not UTF-8 is read as Windows-1252. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
