package news.xuhui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The keys a scenario expects (article ids, page hashes) against the keys found for its pages somewhere (a topic, the
 * store): how many are missing, found more than once, or found without being expected.
 */
record Tally(int expected, long lost, long duplicated, long unexpected) {

    static Tally of(Set<String> expected, Collection<String> found) {
        Map<String, Long> counts = found.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return new Tally(expected.size(),
                expected.stream().filter(k -> !counts.containsKey(k)).count(),
                counts.values().stream().filter(c -> c > 1).count(),
                counts.keySet().stream().filter(k -> !expected.contains(k)).count());
    }

    void assertExact(String where) {
        assertEquals(0, lost, where + ": lost of " + expected);
        assertEquals(0, duplicated, where + ": found more than once");
        assertEquals(0, unexpected, where + ": found without being expected");
    }

    @Override
    public String toString() {
        return "expected=" + expected + " lost=" + lost + " duplicated=" + duplicated + " unexpected=" + unexpected;
    }
}
