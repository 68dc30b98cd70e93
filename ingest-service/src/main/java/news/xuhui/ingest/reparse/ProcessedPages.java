package news.xuhui.ingest.reparse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The page files kept in {@code processed/<yyyy-MM-dd>/} (the date a page was processed), the input of a re-parse.
 * The range is by that folder date, because it is known without reading a file, and every processed page has one
 * (pages without a masthead have no edition date).
 */
final class ProcessedPages {

    private ProcessedPages() {
    }

    /** Files of the dated folders from {@code from} to {@code to} (inclusive, either may be null), oldest first. */
    static List<Path> list(Path processed, LocalDate from, LocalDate to) throws IOException {
        if (!Files.isDirectory(processed)) {
            return List.of();
        }
        List<Path> days = new ArrayList<>();
        try (Stream<Path> entries = Files.list(processed)) {
            entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(days::add);
        }
        days.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Path> files = new ArrayList<>();
        for (Path day : days) {
            LocalDate date = date(day.getFileName().toString());
            if (date == null || (from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
                continue;
            }
            try (Stream<Path> entries = Files.list(day)) {
                // hidden files are half-written copies or reports, never pages
                entries.filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static LocalDate date(String folder) {
        try {
            return LocalDate.parse(folder);
        } catch (DateTimeParseException e) {
            return null; // not one of the dated folders
        }
    }
}
