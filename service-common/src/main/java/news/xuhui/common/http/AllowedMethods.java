package news.xuhui.common.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The HTTP methods each path of the service's resources takes, for the {@code Allow} header a 405 must carry (RFC 9110
 * 15.5.6): RESTEasy Reactive refuses a wrong method without one. Read once, on the first refusal, from the
 * {@code @Path} and method annotations of every bean that is a resource, so a resource added later is covered; a
 * path matches a template as the framework matches it, a {@code {name}} being one segment.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    @Inject
    BeanManager beans;

    private volatile List<Route> routes;

    private List<Route> routes() {
        List<Route> r = routes;
        if (r == null) {
            r = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path root = bean.getBeanClass().getAnnotation(Path.class);
                if (root != null) {
                    for (Method m : bean.getBeanClass().getMethods()) {
                        String method = httpMethod(m);
                        if (method != null) {
                            Path sub = m.getAnnotation(Path.class);
                            r.add(new Route(pattern(root.value() + "/" + (sub == null ? "" : sub.value())), method));
                        }
                    }
                }
            }
            routes = r = List.copyOf(r);
        }
        return r;
    }

    /**
     * The refusal as answered: a 405 with the {@code Allow} header of its path added; any other status as it is.
     */
    public Response answer(Response refusal, String path) {
        String allow = refusal.getStatus() == 405 ? allow(path) : null;
        return allow == null ? refusal : Response.fromResponse(refusal).header(HttpHeaders.ALLOW, allow).build();
    }

    /**
     * The methods the path is served by, in the header's form ("GET, HEAD, OPTIONS": HEAD wherever GET is, OPTIONS
     * everywhere, as the framework answers them), or null when no resource serves the path.
     */
    public String allow(String path) {
        Set<String> methods = new TreeSet<>();
        String normalised = normalise(path);
        for (Route r : routes()) {
            if (r.path().matcher(normalised).matches()) {
                methods.add(r.method());
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(", ", methods);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    /** A template's segments: literals as they are, {name} one segment, {name: regex} its regex. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String segment : normalise(template).split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            regex.append('/');
            int at = 0;
            while (at < segment.length()) {
                int open = segment.indexOf('{', at);
                if (open < 0) {
                    regex.append(Pattern.quote(segment.substring(at)));
                    break;
                }
                if (open > at) {
                    regex.append(Pattern.quote(segment.substring(at, open)));
                }
                int close = segment.indexOf('}', open);
                String param = segment.substring(open + 1, close);
                int colon = param.indexOf(':');
                regex.append('(').append(colon < 0 ? "[^/]+" : param.substring(colon + 1).strip()).append(')');
                at = close + 1;
            }
        }
        return Pattern.compile(regex.length() == 0 ? "/" : regex.toString());
    }

    private static String normalise(String path) {
        String p = ("/" + path).replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
