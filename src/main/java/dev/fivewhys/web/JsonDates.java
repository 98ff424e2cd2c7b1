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
                .addDeserializer(Instant.class, new InRange<>(Instant.class, InstantDeserializer.INSTANT))
                .addDeserializer(OffsetDateTime.class,
                        new InRange<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME))
                .addDeserializer(LocalDateTime.class,
                        new InRange<>(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE))
                .addDeserializer(LocalDate.class, new InRange<>(LocalDate.class, LocalDateDeserializer.INSTANCE)));
    }

    /** Java's own reading of the date, then the year check. */
    private static final class InRange<T extends TemporalAccessor> extends StdDeserializer<T> {

        private final JsonDeserializer<? extends T> reader;

        InRange(Class<T> type, JsonDeserializer<? extends T> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = reader.deserialize(parser, context);
            TemporalAccessor dated = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
            int year = dated == null ? TimeFormat.FIRST_YEAR : dated.get(ChronoField.YEAR);
            if (year < TimeFormat.FIRST_YEAR || year > TimeFormat.LAST_YEAR) {
                String message = "Give a date between the years " + TimeFormat.FIRST_YEAR + " and " + TimeFormat.LAST_YEAR;
                throw JsonMappingException.from(parser, message, new ValidationProblem(message));
            }
            return value;
        }
    }
}
