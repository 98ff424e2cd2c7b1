package dev.fivewhys.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;

import dev.fivewhys.core.ValidationProblem;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Dates in JSON bodies are refused (400, naming the field) outside the years {@link TimeFormat#FIRST_YEAR} to
 * {@link TimeFormat#LAST_YEAR}: ISO 8601 writes years like +300000, which PostgreSQL cannot store.
 */
@Singleton
public class JsonDates implements ObjectMapperCustomizer {

    /** After Quarkus's own customizers, which register the JavaTimeModule: the module registered last is asked first. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("fivewhys-date-range")
                .addDeserializer(Instant.class, new InRange<>(Instant.class, InstantDeserializer.INSTANT,
                        "2025-09-10T23:05:00Z"))
                .addDeserializer(OffsetDateTime.class, new InRange<>(OffsetDateTime.class,
                        InstantDeserializer.OFFSET_DATE_TIME, "2025-09-10T23:05:00+02:00"))
                .addDeserializer(LocalDateTime.class, new InRange<>(LocalDateTime.class,
                        LocalDateTimeDeserializer.INSTANCE, "2025-09-10T23:05:00"))
                .addDeserializer(LocalDate.class, new InRange<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                        "2025-09-10")));
    }

    /**
     * Java's own reading of the date, then the year check. Either refusal says what a date looks like, as a
     * ValidationProblem: the answer names the field and gives the message, not the parser's.
     */
    private static final class InRange<T extends TemporalAccessor> extends StdDeserializer<T> {

        private final JsonDeserializer<? extends T> reader;
        private final String message;

        InRange(Class<T> type, JsonDeserializer<? extends T> reader, String example) {
            super(type);
            this.reader = reader;
            this.message = "Give a date like " + example + ", between the years " + TimeFormat.FIRST_YEAR + " and "
                    + TimeFormat.LAST_YEAR;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value;
            try {
                value = reader.deserialize(parser, context);
            } catch (JsonMappingException unreadable) {
                throw refused(parser);
            }
            TemporalAccessor dated = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
            int year = dated == null ? TimeFormat.FIRST_YEAR : dated.get(ChronoField.YEAR);
            if (year < TimeFormat.FIRST_YEAR || year > TimeFormat.LAST_YEAR) {
                throw refused(parser);
            }
            return value;
        }

        private JsonMappingException refused(JsonParser parser) {
            return JsonMappingException.from(parser, message, new ValidationProblem(message));
        }
    }
}
