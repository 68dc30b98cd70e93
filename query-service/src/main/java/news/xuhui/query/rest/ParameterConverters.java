package news.xuhui.query.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import news.xuhui.query.search.SearchSort;

/**
 * Converts the typed request parameters (numbers, dates, the sort order) so that a malformed value is a 400 naming
 * the parameter, where JAX-RS would answer 404 for a query or path parameter it cannot convert. A blank value counts
 * as absent. Ranges and lengths are Bean Validation's, on the parameters themselves.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = ParameterNames.of(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, annotations, Integer::valueOf, "must be an integer");
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(name, annotations, Long::valueOf, "must be a whole number");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, annotations, LocalDate::parse,
                    "must be an ISO date (YYYY-MM-DD)");
        }
        if (rawType == SearchSort.class) {
            return (ParamConverter<T>) new Converter<>(name, annotations,
                    s -> SearchSort.parse(s).orElseThrow(IllegalArgumentException::new),
                    "must be one of relevance, newest, oldest");
        }
        return null;
    }

    private static final class Converter<T> implements ParamConverter<T> {

        private final String name;
        private final String defaultValue;
        private final Function<String, T> parse;
        private final String expected;

        Converter(String name, Annotation[] annotations, Function<String, T> parse, String expected) {
            this.name = name;
            this.parse = parse;
            this.expected = expected;
            String d = null;
            for (Annotation a : annotations) {
                if (a instanceof DefaultValue dv) {
                    d = dv.value();
                }
            }
            this.defaultValue = d;
        }

        @Override
        public T fromString(String raw) {
            if (raw == null || raw.isBlank()) {
                return defaultValue == null ? null : parse.apply(defaultValue);
            }
            try {
                return parse.apply(raw.strip());
            } catch (RuntimeException e) {
                throw new InvalidParameterException(name, expected + ", got '" + shorten(raw) + "'");
            }
        }

        @Override
        public String toString(T value) {
            return value instanceof SearchSort s ? s.parameterValue() : String.valueOf(value);
        }

        private static String shorten(String raw) {
            return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
        }
    }
}
