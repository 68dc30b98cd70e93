package news.xuhui.ingest.watch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import news.xuhui.ingest.config.IngestConfig;

/** The inbox and its outcome folders, and the only code that moves files between them. */
@ApplicationScoped
public class InboxFolders {

    @Inject
    IngestConfig config;

    @Inject
    ObjectMapper json;

    public Path inbox() {
        return config.inbox();
    }

    public void create() throws IOException {
        Files.createDirectories(config.inbox());
        Files.createDirectories(config.processed());
        Files.createDirectories(config.failed());
    }

    /**
     * The files waiting in the inbox: regular files directly inside it. Hidden files and names of partial copies
     * ({@code .*}, {@code *.tmp}, {@code *.part}) are not pages yet.
     */
    public List<Path> candidates() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(config.inbox())) {
            entries.filter(p -> !ignored(p.getFileName().toString()))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(files::add);
        }
        return files;
    }

    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part") || name.endsWith("~");
    }

    /** Moves a published file to {@code processed/<yyyy-MM-dd>/}; returns where it went. */
    public Path moveToProcessed(Path file) throws IOException {
        Path dir = config.processed().resolve(LocalDate.now(ZoneId.systemDefault()).toString());
        return moveInto(file, dir);
    }

    /** Moves a file that cannot be ingested to {@code failed/} and writes {@code <name>.error.json} beside it. */
    public Path moveToFailed(Path file, IngestError error) throws IOException {
        Path target = moveInto(file, config.failed());
        Path report = target.resolveSibling(target.getFileName() + ".error.json");
        Path tmp = report.resolveSibling("." + report.getFileName() + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), error);
        Files.move(tmp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Never overwrites: a name already taken gets a numbered suffix (page.txt, page-1.txt, ...). */
    private static Path moveInto(Path file, Path dir) throws IOException {
        Files.createDirectories(dir);
        String name = file.getFileName().toString();
        for (int n = 0;; n++) {
            Path target = dir.resolve(n == 0 ? name : numbered(name, n));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                // another writer took the name between the check and the move: try the next one
            }
        }
    }

    static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
}
