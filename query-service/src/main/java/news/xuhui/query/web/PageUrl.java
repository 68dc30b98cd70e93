package news.xuhui.query.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

/**
 * A page's URL as the request gave it (path and first value of each non-blank query parameter, in their order), and
 * the URLs one change away from it: a filter added or removed, another page of results. Every link of a page is built
 * from it, so that a link always reproduces what it says it shows.
 */
final class PageUrl {

    static final String PAGE = "page";

    private final String path;
    private final Map<String, String> params;

    private PageUrl(String path, Map<String, String> params) {
        this.path = path;
        this.params = params;
    }

    static PageUrl of(UriInfo uri) {
        Map<String, String> params = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> values.stream().filter(v -> v != null && !v.isBlank())
                .findFirst().ifPresent(v -> params.put(name, v.strip())));
        return new PageUrl(uri.getPath(), params);
    }

    /** The value of a parameter; null when absent or blank. */
    String get(String name) {
        return params.get(name);
    }

    Map<String, String> params() {
        return params;
    }

    /** This URL with the parameter set, back on the first page (the results it pages through change). */
    PageUrl with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.remove(PAGE);
        copy.put(name, value);
        return new PageUrl(path, copy);
    }

    /** This URL without the parameter, back on the first page. */
    PageUrl without(String name) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.remove(PAGE);
        copy.remove(name);
        return new PageUrl(path, copy);
    }

    /** This URL on another page of its results (0: the first, which needs no parameter). */
    PageUrl page(int index) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.remove(PAGE);
        if (index > 0) {
            copy.put(PAGE, Integer.toString(index));
        }
        return new PageUrl(path, copy);
    }

    String href() {
        StringBuilder sb = new StringBuilder(path);
        String separator = "?";
        for (var p : params.entrySet()) {
            sb.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            separator = "&";
        }
        return sb.toString();
    }

    /** A path made of segments, each encoded (e.g. {@code /people/{name}}). */
    static String path(List<String> segments) {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append('/').append(encode(s)));
        return sb.toString();
    }

    /**
     * Percent-encodes what would end or change a path segment or query value (ASCII punctuation, spaces, controls);
     * other letters stay as they are, as an IRI: a link reads /people/张建国, and the browser encodes it when it
     * follows it.
     */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean plain = cp < 0x80 ? Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0
                    : !Character.isSpaceChar(cp) && !Character.isISOControl(cp) && Character.isDefined(cp);
            if (plain) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : s.substring(i, i + n).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
            i += n;
        }
        return sb.toString();
    }
}
