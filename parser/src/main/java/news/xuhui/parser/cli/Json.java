package news.xuhui.parser.cli;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the parser's result records as JSON, the way the ingest service's Jackson does (record components in
 * declaration order, {@code null} kept), so that the command line prints what {@code POST /api/parse} returns without
 * the parser depending on a JSON library.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder(4096);
        write(out, value, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Enum<?> e) {
            string(out, e.name());
        } else if (v instanceof Collection<?> c) {
            if (c.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (Object o : c) {
                out.append(first ? "" : ",");
                newline(out, depth + 1);
                write(out, o, depth + 1);
                first = false;
            }
            newline(out, depth);
            out.append(']');
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(first ? "" : ",");
                newline(out, depth + 1);
                string(out, String.valueOf(e.getKey()));
                out.append(": ");
                write(out, e.getValue(), depth + 1);
                first = false;
            }
            newline(out, depth);
            out.append('}');
        } else if (v.getClass().isRecord()) {
            out.append('{');
            boolean first = true;
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                out.append(first ? "" : ",");
                newline(out, depth + 1);
                string(out, rc.getName());
                out.append(": ");
                try {
                    write(out, rc.getAccessor().invoke(v), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + rc.getName() + " of " + v.getClass(), e);
                }
                first = false;
            }
            newline(out, depth);
            out.append('}');
        } else {
            string(out, v.toString());
        }
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
