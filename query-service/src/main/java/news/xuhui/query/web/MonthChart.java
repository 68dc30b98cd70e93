package news.xuhui.query.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import news.xuhui.query.search.Facets;

/**
 * A bar chart of articles per month, laid out here and drawn by the page as SVG: one bar per month from the first to
 * the last with articles, months without any included (an empty bar), so that the gaps show as time.
 */
public record MonthChart(int width, int height, List<Bar> bars) {

    static final int HEIGHT = 120;
    static final int MAX_WIDTH = 720;
    /** The facet keeps at most this many months: the chart never spans more. */
    static final int MAX_MONTHS = 240;

    public record Bar(String month, long count, int x, int y, int width, int height) {
    }

    /** @param months counts by {@code YYYY-MM}, in any order */
    static MonthChart of(List<Facets.Count> months) {
        TreeMap<YearMonth, Long> counts = new TreeMap<>();
        for (Facets.Count c : months) {
            try {
                counts.put(YearMonth.parse(c.value()), c.count());
            } catch (DateTimeParseException | NullPointerException e) {
                // an undated article has no month to stand in
            }
        }
        if (counts.isEmpty()) {
            return new MonthChart(0, HEIGHT, List.of());
        }
        YearMonth last = counts.lastKey();
        YearMonth first = counts.firstKey();
        if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
            first = last.minusMonths(MAX_MONTHS - 1);
        }
        int n = (int) (first.until(last, ChronoUnit.MONTHS) + 1);
        int slot = Math.max(3, Math.min(40, MAX_WIDTH / n));
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Bar> bars = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            YearMonth m = first.plusMonths(i);
            long count = counts.getOrDefault(m, 0L);
            int h = (int) Math.round((HEIGHT - 4) * (double) count / max);
            bars.add(new Bar(m.toString(), count, i * slot, HEIGHT - h, Math.max(1, slot - 2), h));
        }
        return new MonthChart(n * slot, HEIGHT, List.copyOf(bars));
    }
}
