package news.xuhui.query.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hits are ordered. Relevance falls back to newest when there is no search text. */
public enum SearchSort {
    RELEVANCE, NEWEST, OLDEST;

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SearchSort> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.parameterValue().equals(value)).findFirst();
    }
}
