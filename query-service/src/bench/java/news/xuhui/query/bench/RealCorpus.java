package news.xuhui.query.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A corpus of real article text: the paragraphs of the development set's gold parses and of the seed pages, recombined
 * (whole paragraphs, or new paragraphs of their sentences) into articles of 200-3,000 characters (log-normal, median
 * about 900). The people of the gold parses are replaced by a pool of generated names drawn by a Zipf-Mandelbrot law,
 * so that names follow a long tail; the district's name (徐汇) is in about 90% of the articles, as in a district paper.
 * Deterministic: article i is always the same.
 */
final class RealCorpus {

    /** One article: what the loader stores and Lucene indexes. */
    record Doc(String id, LocalDate date, int page, String title, List<String> authors, String source,
            List<String> paragraphs, List<String> people) {

        String body() {
            return String.join("\n", paragraphs);
        }

        int chars() {
            return paragraphs.stream().mapToInt(String::length).sum();
        }
    }

    static final String DISTRICT = "徐汇";
    /** Stands for a person in the pool's text; replaced by a drawn name per article. */
    static final char NAME = '\uE000';
    static final String[] SOURCES = Corpus.SOURCES;
    static final int MIN_CHARS = 200;
    static final int MAX_CHARS = 3000;

    final List<String> paragraphs = new ArrayList<>();
    final List<String> sentences = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    private final double[] nameCdf;

    RealCorpus(List<Path> goldDirs, Path seeds, long seed) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> people = new LinkedHashSet<>();
        Set<String> paras = new LinkedHashSet<>();
        for (Path dir : goldDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode gold = json.readTree(f.toFile());
                    for (JsonNode a : gold.path("articles")) {
                        if (a.hasNonNull("title")) {
                            titles.add(a.get("title").asText());
                        }
                        a.path("peopleMustInclude").forEach(p -> people.add(p.asText()));
                        a.path("paragraphs").forEach(p -> paras.add(p.asText()));
                        a.path("sections").forEach(s -> s.path("paragraphs").forEach(p -> paras.add(p.asText())));
                    }
                }
            }
        }
        if (seeds != null && Files.isDirectory(seeds)) {
            try (var files = Files.list(seeds)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readAllLines(f)) {
                        String s = line.strip();
                        if (s.length() >= 40 && !s.startsWith("(")) {
                            paras.add(s);
                        }
                    }
                }
            }
        }
        // longest names first, so that a name is not replaced by way of a shorter one inside it
        List<String> seedNames = people.stream().filter(n -> n.length() >= 2).sorted((a, b) -> b.length() - a.length())
                .toList();
        for (String p : paras) {
            if (p.length() < 20) {
                continue;
            }
            String marked = p;
            for (String n : seedNames) {
                marked = marked.replace(n, String.valueOf(NAME));
            }
            paragraphs.add(marked);
            Matcher m = Pattern.compile("[^。！？]+[。！？]?").matcher(marked);
            while (m.find()) {
                if (m.group().length() >= 8) {
                    sentences.add(m.group());
                }
            }
        }
        Random random = new Random(seed);
        Set<String> pool = new LinkedHashSet<>();
        while (pool.size() < 50_000) {
            pool.add(Corpus.SURNAMES[random.nextInt(Corpus.SURNAMES.length)]
                    + Corpus.GIVEN.charAt(random.nextInt(Corpus.GIVEN.length()))
                    + (random.nextInt(4) == 0 ? "" : String.valueOf(Corpus.GIVEN.charAt(random.nextInt(
                            Corpus.GIVEN.length())))));
        }
        names.addAll(pool);
        nameCdf = Corpus.zipfCdf(names.size());
    }

    String zipfName(Random r) {
        return Corpus.draw(names, nameCdf, r);
    }

    static String id(int i) {
        return String.format("%016x-%02d", (long) i * 2654435761L & 0xffffffffffffL, i % 100);
    }

    Doc doc(int i) {
        Random r = new Random(i * 7919L + 17);
        Set<String> people = new LinkedHashSet<>();
        int target = (int) Math.round(Math.exp(Math.log(900) + 0.7 * r.nextGaussian()));
        target = Math.max(MIN_CHARS, Math.min(MAX_CHARS, target));
        List<String> paras = new ArrayList<>();
        int chars = 0;
        while (chars < target) {
            String p;
            if (r.nextBoolean()) {
                p = paragraphs.get(r.nextInt(paragraphs.size()));
            } else {
                StringBuilder sb = new StringBuilder();
                int n = 2 + r.nextInt(4);
                for (int s = 0; s < n; s++) {
                    sb.append(sentences.get(r.nextInt(sentences.size())));
                }
                p = sb.toString();
            }
            if (chars + p.length() > MAX_CHARS || chars + p.length() > target + 400) {
                p = p.substring(0, Math.max(20, Math.min(p.length(), target - chars)));
            }
            p = named(p, r, people);
            paras.add(p);
            chars += p.length();
        }
        boolean district = r.nextInt(10) != 0;
        boolean has = paras.stream().anyMatch(p -> p.contains(DISTRICT));
        if (district && !has) {
            paras.set(0, DISTRICT + "区" + paras.get(0));
        } else if (!district && has) {
            paras.replaceAll(p -> p.replace(DISTRICT, "本"));
        }
        String title = named(titles.get(r.nextInt(titles.size())), r, people);
        if (!district) {
            title = title.replace(DISTRICT, "本");
        }
        LocalDate date = LocalDate.of(2015, 1, 2).plusDays(r.nextInt(4000));
        List<String> authors = r.nextInt(2) == 0 ? List.of(zipfName(r)) : List.of();
        String source = SOURCES[Math.min(SOURCES.length - 1, (int) Math.floor(-Math.log(1 - r.nextDouble()) * 4))];
        return new Doc(id(i), date, 1 + r.nextInt(16), title, authors, source, List.copyOf(paras),
                List.copyOf(people));
    }

    private String named(String text, Random r, Set<String> people) {
        if (text.indexOf(NAME) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == NAME) {
                String n = zipfName(r);
                people.add(n);
                sb.append(n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
