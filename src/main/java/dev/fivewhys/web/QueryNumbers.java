package dev.fivewhys.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * A number in a query ({@code ?page=abc}) that is not one is a 400 naming the parameter. JAX-RS answers 404 for
 * it, as if the page did not exist. Path numbers keep the 404: {@code /analyses/abc} is no address of the app.
 */
@Provider
public class QueryNumbers implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        QueryParam query = (QueryParam) Arrays.stream(annotations).filter(QueryParam.class::isInstance).findFirst()
                .orElse(null);
        if (query == null) {
            return null;
        }
        if (type == Integer.class || type == int.class) {
            return (ParamConverter<T>) converter(query.value(), Integer::valueOf);
        }
        if (type == Long.class || type == long.class) {
            return (ParamConverter<T>) converter(query.value(), Long::valueOf);
        }
        return null;
    }

    private static <N extends Number> ParamConverter<N> converter(String name, Function<String, N> parse) {
        return new ParamConverter<>() {
            @Override
            public N fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (NumberFormatException e) {
                    throw new BadRequestException(name + " is a whole number, not " + value);
                }
            }

            @Override
            public String toString(N value) {
                return String.valueOf(value);
            }
        };
    }
}
