package news.xuhui.query.rest;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses request parameters taken as raw strings, so that every malformed value (not only an out-of-range one)
 * becomes a 400 naming the parameter, never the 404 JAX-RS gives an unparseable query parameter.
 */
final class Params {

    /** Longest text filter value (paper, person, author, source). */
    static final int MAX_TEXT = 100;

    private Params() {
    }

    static int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be an integer, got '" + shorten(raw) + "'");
        }
        if (value < min) {
            throw new InvalidParameterException(name, "must be greater than or equal to " + min);
        }
        if (value > max) {
            throw new InvalidParameterException(name, "must be less than or equal to " + max);
        }
        return value;
    }

    /** A whole number in [min, max], or null when absent. */
    static Long optionalLong(String name, String raw, long min, long max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number, got '" + shorten(raw) + "'");
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name, "must be between " + min + " and " + max);
        }
        return value;
    }

    static Integer optionalInteger(String name, String raw, int min, int max) {
        return raw == null || raw.isBlank() ? null : integer(name, raw, 0, min, max);
    }

    static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeException e) {
            throw new InvalidParameterException(name, "must be an ISO date (YYYY-MM-DD), got '" + shorten(raw) + "'");
        }
    }

    /** Trimmed text, null when absent or blank; control characters (NUL among them) are refused. */
    static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (s.codePointCount(0, s.length()) > maxLength) {
            throw new InvalidParameterException(name, "must be at most " + maxLength + " characters long");
        }
        if (s.chars().anyMatch(ch -> Character.isISOControl(ch) || Character.getType(ch) == Character.SURROGATE
                && !validSurrogates(s))) {
            throw new InvalidParameterException(name, "must not contain control characters");
        }
        return s;
    }

    private static boolean validSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static void dateRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("to", "must not be before 'from' (" + from + ")");
        }
    }

    private static String shorten(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
