package news.xuhui.infra.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * For tests: the configuration properties a service's {@code @ConfigMapping} interfaces declare, found by reflection
 * over its compiled classes the way SmallRye Config names them (prefix, kebab-case method names, {@code @WithName},
 * {@code @WithParentName}, nested groups, {@code Optional}, {@code Map} keys as {@code *}, lists of groups as
 * {@code [*]}), so that a test can hold them against the documentation without a hand-written list.
 */
public final class ConfigMappingProperties {

    /** One property: its name ({@code ingest.max-in-flight}) and whether it has a {@code @WithDefault}. */
    public record Property(String name, boolean hasDefault) {

        /** The environment variable that sets it, by the MicroProfile Config rule ({@code INGEST_MAX_IN_FLIGHT}). */
        public String environmentVariable() {
            return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
        }
    }

    /** What a scan of compiled classes found: how many classes it looked at, and the mapping interfaces among them. */
    public record Scan(int classesScanned, List<Class<?>> mappings) {

        /** Every property of every mapping, sorted by name. */
        public List<Property> properties() {
            return mappings.stream().flatMap(m -> of(m).stream()).sorted(Comparator.comparing(Property::name))
                    .toList();
        }
    }

    private ConfigMappingProperties() {
    }

    /** The {@code @ConfigMapping} interfaces among the classes compiled into {@code classesDir} (e.g. target/classes). */
    public static Scan scan(Path classesDir) {
        if (!Files.isDirectory(classesDir)) {
            throw new IllegalArgumentException(classesDir.toAbsolutePath() + " is not a folder of compiled classes");
        }
        List<String> names;
        try (Stream<Path> walk = Files.walk(classesDir)) {
            names = walk.filter(p -> p.toString().endsWith(".class")).map(p -> classesDir.relativize(p).toString())
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .filter(n -> !n.endsWith("package-info") && !n.endsWith("module-info")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Class<?>> mappings = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String name : names) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader); // not initialised: nothing of the service runs
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name + " from " + classesDir, e);
            }
            if (c.isInterface() && c.isAnnotationPresent(ConfigMapping.class)) {
                mappings.add(c);
            }
        }
        return new Scan(names.size(), List.copyOf(mappings));
    }

    /** The properties of one {@code @ConfigMapping} interface. */
    public static List<Property> of(Class<?> mapping) {
        ConfigMapping annotation = mapping.getAnnotation(ConfigMapping.class);
        if (annotation == null) {
            throw new IllegalArgumentException(mapping + " is not annotated @ConfigMapping");
        }
        List<Property> properties = new ArrayList<>();
        collect(mapping, annotation.prefix(), annotation.namingStrategy(), properties);
        return properties;
    }

    private static void collect(Class<?> group, String prefix, ConfigMapping.NamingStrategy naming,
            List<Property> into) {
        for (Method m : group.getMethods()) {
            if (m.isDefault() || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0) {
                continue; // derived values and helpers, not properties
            }
            String name = m.isAnnotationPresent(WithParentName.class) ? prefix
                    : join(prefix, m.isAnnotationPresent(WithName.class) ? m.getAnnotation(WithName.class).value()
                            : name(m.getName(), naming));
            add(m.getGenericReturnType(), name, m.isAnnotationPresent(WithDefault.class), naming, into);
        }
    }

    private static void add(Type type, String name, boolean hasDefault, ConfigMapping.NamingStrategy naming,
            List<Property> into) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            add(argument(type, 0), name, hasDefault, naming, into);
        } else if (java.util.Map.class.isAssignableFrom(raw)) {
            add(argument(type, 1), name + ".*", hasDefault, naming, into);
        } else if (java.util.Collection.class.isAssignableFrom(raw) && isGroup(raw(argument(type, 0)))) {
            collect(raw(argument(type, 0)), name + "[*]", naming, into);
        } else if (isGroup(raw)) {
            collect(raw, name, naming, into);
        } else {
            into.add(new Property(name, hasDefault));
        }
    }

    /** A nested group of properties: an interface of the application's own, not a value type. */
    private static boolean isGroup(Class<?> type) {
        return type.isInterface() && !type.getName().startsWith("java.");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String join(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** A method name as SmallRye Config turns it into a property name segment. */
    static String name(String method, ConfigMapping.NamingStrategy naming) {
        return switch (naming) {
            case VERBATIM -> method;
            case SNAKE_CASE -> separated(method, '_');
            default -> separated(method, '-');
        };
    }

    private static String separated(String camel, char separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean upper = Character.isUpperCase(c);
            // a word starts at a capital after a small letter or digit, or at the last capital of a run (URLPath)
            if (upper && i > 0 && (!Character.isUpperCase(camel.charAt(i - 1))
                    || i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1)))) {
                out.append(separator);
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
