package news.xuhui.parser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java port of the project's score_parse.py with the same definitions: NFKC + quote normalisation + whitespace
 * removal, character-bigram F1 of the body (paragraphs and section paragraphs), greedy best-pair matching of gold to
 * predicted articles, whole headline block, authors/source/jump pages, join windows, sections by speaker, edition,
 * teasers and people recall/precision.
 */
final class ParseScorer {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WS = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Counters of one page or of all pages, named as in the Python scorer. */
    static final class Stats {
        final Map<String, Double> c = new TreeMap<>();
        final List<String> rows = new ArrayList<>();

        void add(String k, double v) {
            c.merge(k, v, Double::sum);
        }

        int i(String k) {
            return (int) Math.round(c.getOrDefault(k, 0.0));
        }

        double d(String k) {
            return c.getOrDefault(k, 0.0);
        }

        void addAll(Stats o) {
            o.c.forEach(this::add);
        }

        String ratio(String a, String b) {
            return i(b) == 0 ? "-" : i(a) + "/" + i(b);
        }

        String summary() {
            return String.format("exact=%d/%d articles  bodyF1=%.3f  headline=%s  joins=%s  meta=%s  sections=%s"
                            + "  edition=%s  teasers=%s  people=%s peoplePrecision=%s  precision=%s  cjkSpaces=%d",
                    i("exact"), i("n"), d("f1") / Math.max(1, i("n")), ratio("head_ok", "head_n"), ratio("jok", "jn"),
                    ratio("meta_ok", "meta_n"), ratio("sec_ok", "sec_n"), ratio("ed_ok", "ed_n"),
                    ratio("teaser_ok", "teaser_n"), ratio("ppl_ok", "ppl_n"), ratio("pplp_ok", "pplp_n"),
                    ratio("pred_good", "pred_n"), i("cjk_spaces"));
        }
    }

    private ParseScorer() {
    }

    static String norm(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '“', '”', '「', '」' -> b.append('"');
                case '‘', '’' -> b.append('\'');
                default -> b.append(c);
            }
        }
        return WS.matcher(b).replaceAll("");
    }

    static Map<String, Integer> bigrams(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            m.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return m;
    }

    static double f1(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Map<String, Integer> ga = bigrams(a);
        Map<String, Integer> gb = bigrams(b);
        int inter = 0;
        for (Map.Entry<String, Integer> e : ga.entrySet()) {
            inter += Math.min(e.getValue(), gb.getOrDefault(e.getKey(), 0));
        }
        if (inter == 0) {
            return 0.0;
        }
        double p = inter / (double) Math.max(1, b.length() - 1);
        double r = inter / (double) Math.max(1, a.length() - 1);
        return 2 * p * r / (p + r);
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.isTextual() ? n.asText() : n.has("text") ? n.get("text").asText() : n.asText();
    }

    static String body(JsonNode a) {
        StringBuilder b = new StringBuilder();
        for (JsonNode p : iter(a.get("paragraphs"))) {
            b.append(text(p));
        }
        for (JsonNode s : iter(a.get("sections"))) {
            for (JsonNode p : iter(s.get("paragraphs"))) {
                b.append(text(p));
            }
        }
        return norm(b.toString());
    }

    static String headline(JsonNode a) {
        StringBuilder b = new StringBuilder();
        for (String k : new String[] {"kicker", "title", "subtitle"}) {
            JsonNode v = a.get(k);
            if (v != null && !v.isNull()) {
                b.append(v.asText());
            }
        }
        return norm(b.toString());
    }

    static Set<String> names(JsonNode xs) {
        Set<String> out = new HashSet<>();
        for (JsonNode x : iter(xs)) {
            out.add(norm(x.isTextual() ? x.asText() : x.path("name").asText("")));
        }
        return out;
    }

    static Integer pageNo(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        Matcher m = DIGITS.matcher(v.asText());
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    static List<JsonNode> iter(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static String py(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        return v.asText();
    }

    static Stats scoreFile(JsonNode gold, JsonNode pred, boolean verbose) {
        Stats st = new Stats();
        List<JsonNode> ga = iter(gold.get("articles"));
        List<JsonNode> pa = pred == null ? List.of() : iter(pred.get("articles"));
        List<String> gb = new ArrayList<>();
        List<String> pb = new ArrayList<>();
        ga.forEach(a -> gb.add(body(a)));
        pa.forEach(a -> pb.add(body(a)));
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < gb.size(); i++) {
            for (int j = 0; j < pb.size(); j++) {
                pairs.add(new double[] {f1(gb.get(i), pb.get(j)), i, j});
            }
        }
        pairs.sort((x, y) -> {
            for (int k = 0; k < 3; k++) {
                int c = Double.compare(y[k], x[k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        Map<Integer, double[]> match = new HashMap<>();
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (usedG.contains(i) || usedP.contains(j) || p[0] <= 0) {
                continue;
            }
            usedG.add(i);
            usedP.add(j);
            match.put(i, new double[] {j, p[0]});
        }
        for (int i = 0; i < ga.size(); i++) {
            JsonNode g = ga.get(i);
            double[] m = match.get(i);
            JsonNode p = m != null ? pa.get((int) m[0]) : JSON.createObjectNode();
            double s = m != null ? m[1] : 0.0;
            String pbody = m != null ? pb.get((int) m[0]) : "";
            List<JsonNode> joins = iter(g.get("joins"));
            int jok = 0;
            for (JsonNode w : joins) {
                if (pbody.contains(norm(w.asText()))) {
                    jok++;
                } else if (verbose) {
                    st.rows.add("    join missing: " + w.asText());
                }
            }
            double jrate = joins.isEmpty() ? 1.0 : jok / (double) joins.size();
            boolean headOk = true;
            if (g.hasNonNull("title") && !g.get("title").asText().isEmpty()) {
                headOk = headline(g).equals(headline(p));
                st.add("head_n", 1);
                st.add("head_ok", headOk ? 1 : 0);
            }
            boolean metaOk = true;
            for (String key : new String[] {"authors", "source", "continuedFromPage", "continuedToPage"}) {
                if (!g.has(key)) {
                    continue;
                }
                boolean ok = switch (key) {
                    case "authors" -> names(g.get(key)).equals(names(p.get(key)));
                    case "source" -> norm(text(g.get(key))).equals(norm(text(p.get(key))));
                    default -> java.util.Objects.equals(pageNo(g.get(key)), pageNo(p.get(key)));
                };
                st.add("meta_n", 1);
                st.add("meta_ok", ok ? 1 : 0);
                metaOk &= ok;
                if (!ok && verbose) {
                    st.rows.add("    " + key + ": want " + g.get(key) + " got " + p.get(key));
                }
            }
            boolean secOk = true;
            List<JsonNode> gsec = iter(g.get("sections"));
            if (!gsec.isEmpty()) {
                Map<String, JsonNode> psec = new java.util.LinkedHashMap<>();
                for (JsonNode x : iter(p.get("sections"))) {
                    JsonNode sp = x.get("speaker");
                    String key = sp != null && !sp.isNull() && sp.hasNonNull("name") ? sp.get("name").asText()
                            : x.hasNonNull("heading") ? x.get("heading").asText() : "";
                    psec.put(norm(key), x);
                }
                for (JsonNode sec : gsec) {
                    String want = norm(sec.get("speaker").get("name").asText());
                    JsonNode got = null;
                    for (Map.Entry<String, JsonNode> e : psec.entrySet()) {
                        if (!want.isEmpty() && e.getKey().contains(want)) {
                            got = e.getValue();
                            break;
                        }
                    }
                    double sf = 0.0;
                    if (got != null) {
                        StringBuilder a = new StringBuilder();
                        iter(sec.get("paragraphs")).forEach(x -> a.append(x.asText()));
                        StringBuilder b = new StringBuilder();
                        iter(got.get("paragraphs")).forEach(x -> b.append(x.asText()));
                        sf = f1(norm(a.toString()), norm(b.toString()));
                    }
                    st.add("sec_n", 1);
                    st.add("sec_ok", sf >= 0.95 ? 1 : 0);
                    secOk &= sf >= 0.95;
                    if (sf < 0.95 && verbose) {
                        st.rows.add("    section " + want + ": f1 " + sf);
                    }
                }
            }
            Set<String> ppl = names(p.get("people"));
            for (JsonNode who : iter(g.get("peopleMustInclude"))) {
                boolean ok = ppl.contains(norm(who.asText()));
                st.add("ppl_n", 1);
                st.add("ppl_ok", ok ? 1 : 0);
                if (!ok && verbose) {
                    st.rows.add("    person missing: " + who.asText());
                }
            }
            if (g.has("peopleMustInclude") && m != null) {
                Set<String> okNames = names(g.get("peopleMustInclude"));
                okNames.addAll(names(g.get("peopleAllowed")));
                Set<String> good = new HashSet<>(ppl);
                good.retainAll(okNames);
                st.add("pplp_n", ppl.size());
                st.add("pplp_ok", good.size());
                if (verbose && good.size() < ppl.size()) {
                    Set<String> bad = new java.util.TreeSet<>(ppl);
                    bad.removeAll(okNames);
                    st.rows.add("    not people: " + bad);
                }
            }
            boolean exact = s >= 0.95 && headOk && metaOk && jrate >= 0.95 && secOk;
            st.add("n", 1);
            st.add("exact", exact ? 1 : 0);
            st.add("f1", s);
            st.add("jn", joins.size());
            st.add("jok", jok);
            if (verbose) {
                st.rows.add(String.format("  [%d] %s f1=%.3f joins=%d/%d head=%s want=%s got=%s", i, exact ? "OK " : "BAD", s,
                        jok, joins.size(), headOk ? "ok" : "x", cut(headline(g)), cut(headline(p))));
            }
        }
        int good = 0;
        for (double[] m : match.values()) {
            if (m[1] >= 0.95) {
                good++;
            }
        }
        st.add("pred_n", pa.size());
        st.add("pred_good", good);
        Pattern spaces = Pattern.compile("[\\u4e00-\\u9fff]\\s+[\\u4e00-\\u9fff]");
        for (JsonNode a : pa) {
            StringBuilder b = new StringBuilder();
            iter(a.get("paragraphs")).forEach(x -> b.append(x.asText()));
            Matcher sm = spaces.matcher(b);
            while (sm.find()) {
                st.add("cjk_spaces", 1);
            }
        }
        JsonNode ged = gold.get("edition");
        JsonNode ped = pred == null ? null : pred.get("edition");
        if (ged != null && ged.isObject()) {
            ged.properties().forEach(e -> {
                JsonNode got = ped == null || ped.isNull() ? null : ped.get(e.getKey());
                boolean ok = py(e.getValue()).equals(py(got));
                st.add("ed_n", 1);
                st.add("ed_ok", ok ? 1 : 0);
                if (!ok && verbose) {
                    st.rows.add("    edition." + e.getKey() + ": want " + py(e.getValue()) + " got " + py(got));
                }
            });
        }
        for (JsonNode t : iter(gold.get("teasers"))) {
            st.add("teaser_n", 1);
            boolean ok = false;
            for (JsonNode x : pred == null ? List.<JsonNode>of() : iter(pred.get("teasers"))) {
                ok |= norm(t.get("title").asText()).equals(norm(text(x.get("title"))));
            }
            st.add("teaser_ok", ok ? 1 : 0);
        }
        return st;
    }

    private static String cut(String s) {
        return "'" + (s.length() > 24 ? s.substring(0, 24) : s) + "'";
    }
}
