package news.xuhui.ingest.watch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.config.InstanceId;
import news.xuhui.ingest.page.IngestError;

/**
 * The inbox and its outcome folders, and the only code that moves files between them. Every move is an atomic
 * rename inside one file system, so a file is always wholly in exactly one place.
 */
@ApplicationScoped
public class InboxFolders {

    @Inject
    IngestConfig config;

    @Inject
    InstanceId instanceId;

    @Inject
    ObjectMapper json;

    public Path inbox() {
        return config.inbox();
    }

    public Path work() {
        return config.work(instanceId.get());
    }

    public void create() throws IOException {
        Files.createDirectories(config.inbox());
        Files.createDirectories(config.processed());
        Files.createDirectories(config.failed());
        Files.createDirectories(config.duplicates());
        Files.createDirectories(work());
    }

    /**
     * The files waiting in the inbox: regular files directly inside it (symbolic links are not followed: a link could
     * point anywhere). Hidden files and names of partial copies ({@code .*}, {@code *.tmp}, {@code *.part}) are not
     * pages yet; with a done marker configured, only files whose marker exists are.
     */
    public List<Path> candidates() throws IOException {
        List<Path> files = new ArrayList<>();
        Optional<String> marker = config.doneMarker();
        try (Stream<Path> entries = Files.list(config.inbox())) {
            entries.filter(p -> !ignored(p.getFileName().toString()))
                    .filter(p -> marker.isEmpty() || !p.getFileName().toString().endsWith(marker.get()))
                    // links are taken too, to be refused: they are never followed
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .filter(p -> marker.isEmpty() || Files.exists(markerOf(p, marker.get()), LinkOption.NOFOLLOW_LINKS))
                    .forEach(files::add);
        }
        return files;
    }

    /**
     * Folders someone put into the inbox: not hidden, and none of the inbox's own outcome folders. Their files are not
     * taken (a page is known by its file name, and the same name in two folders would read as two versions of one
     * page); the watcher reports them so that nobody waits for pages that never come.
     */
    public List<Path> foreignFolders() throws IOException {
        return foreignFolders(config.inbox(), List.of(config.processed(), config.failed(), config.duplicates()));
    }

    static List<Path> foreignFolders(Path inbox, List<Path> own) throws IOException {
        List<Path> ownFolders = own.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries.filter(p -> !ignored(p.getFileName().toString()))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !ownFolders.contains(p.toAbsolutePath().normalize()))
                    .sorted()
                    .toList();
        }
    }

    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part") || name.endsWith("~");
    }

    private static Path markerOf(Path file, String marker) {
        return file.resolveSibling(file.getFileName() + marker);
    }

    /**
     * Claims a file for this instance by renaming it into the instance's work folder. Exactly one of several
     * instances racing for the same file succeeds; the others get empty.
     */
    public Optional<Path> claim(Path file) throws IOException {
        Path target = work().resolve(file.getFileName());
        try {
            Files.createDirectories(work());
            return Optional.of(Files.move(file, target, StandardCopyOption.ATOMIC_MOVE));
        } catch (NoSuchFileException | FileAlreadyExistsException taken) {
            return Optional.empty();
        }
    }

    /** Puts a claimed file back into the inbox, for a later attempt (by any instance). */
    public Path release(Path claimed) throws IOException {
        return moveInto(claimed, config.inbox());
    }

    /** Files this instance had claimed before it stopped or crashed. */
    public List<Path> claimed() throws IOException {
        if (!Files.isDirectory(work())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(work())) {
            return entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .toList();
        }
    }

    /** Removes the done marker of a file that has reached its outcome. */
    public void removeMarker(String fileName) {
        config.doneMarker().ifPresent(m -> {
            try {
                Files.deleteIfExists(config.inbox().resolve(fileName + m));
            } catch (IOException e) {
                // a leftover marker without its file is ignored by the scan
            }
        });
    }

    /** Moves a published file to {@code processed/<yyyy-MM-dd>/}; returns where it went. */
    public Path moveToProcessed(Path file) throws IOException {
        return moveInto(file, dated(config.processed()));
    }

    /** Moves a file whose content was already published to {@code duplicates/<yyyy-MM-dd>/} with a report. */
    public Path moveToDuplicates(Path file, Object report) throws IOException {
        return moveInto(file, dated(config.duplicates()), ".duplicate.json", report);
    }

    /** Moves a file that cannot be ingested to {@code failed/} and writes {@code <name>.error.json} beside it. */
    public Path moveToFailed(Path file, IngestError error) throws IOException {
        return moveInto(file, config.failed(), ".error.json", error);
    }

    /** Reports of the files that failed so far, for the status API after a restart. */
    public List<IngestError> failureReports() {
        List<IngestError> reports = new ArrayList<>();
        if (!Files.isDirectory(config.failed())) {
            return reports;
        }
        try (Stream<Path> entries = Files.list(config.failed())) {
            for (Path p : entries.filter(p -> p.getFileName().toString().endsWith(".error.json")).toList()) {
                try {
                    reports.add(json.readValue(p.toFile(), IngestError.class));
                } catch (IOException unreadable) {
                    // a report someone edited by hand: the file itself is still there
                }
            }
        } catch (IOException e) {
            return reports;
        }
        return reports;
    }

    /**
     * Failure reports written since {@code since}: the reports are the record of truth, and counting them covers files
     * that failed before their content could be read, and the other instances sharing the folder.
     */
    public int failedSince(Instant since) {
        if (!Files.isDirectory(config.failed())) {
            return 0;
        }
        FileTime from = FileTime.from(since);
        try (Stream<Path> entries = Files.list(config.failed())) {
            return (int) entries.filter(p -> p.getFileName().toString().endsWith(".error.json"))
                    .filter(p -> modifiedSince(p, from)).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean modifiedSince(Path file, FileTime from) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).compareTo(from) >= 0;
        } catch (IOException gone) {
            return false; // moved away since the listing
        }
    }

    /** Midnight today in the zone the dated outcome folders use. */
    public static Instant startOfToday() {
        return today().atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.systemDefault());
    }

    private void writeJson(Path report, Object value) throws IOException {
        Path tmp = report.resolveSibling("." + report.getFileName() + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
        Files.move(tmp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path dated(Path root) {
        return root.resolve(today().toString());
    }

    /** Never overwrites: a name already taken gets a numbered suffix (page.txt, page-1.txt, ...). */
    private Path moveInto(Path file, Path dir) throws IOException {
        return moveInto(file, dir, null, null);
    }

    /**
     * Moves the file into {@code dir}, with a report {@code <name><reportSuffix>} written before the move: whoever
     * sees the file there also finds its report.
     */
    private Path moveInto(Path file, Path dir, String reportSuffix, Object report) throws IOException {
        Files.createDirectories(dir);
        String name = file.getFileName().toString();
        for (int n = 0;; n++) {
            Path target = dir.resolve(n == 0 ? name : numbered(name, n));
            Path reportFile = report == null ? null : target.resolveSibling(target.getFileName() + reportSuffix);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    || (reportFile != null && Files.exists(reportFile, LinkOption.NOFOLLOW_LINKS))) {
                continue;
            }
            if (reportFile != null) {
                writeJson(reportFile, report);
            }
            try {
                return moveWithoutReplacing(file, target);
            } catch (FileAlreadyExistsException raced) {
                // another writer took the name between the check and the move: try the next one
                if (reportFile != null) {
                    Files.deleteIfExists(reportFile);
                }
            } catch (IOException e) {
                if (reportFile != null) {
                    Files.deleteIfExists(reportFile);
                }
                throw e;
            }
        }
    }

    /**
     * A rename that never replaces an existing file (a plain rename on Linux would): a hard link claims the name
     * atomically or fails, then the old name goes. Where links are not supported, an atomic rename is the fallback.
     */
    private static Path moveWithoutReplacing(Path file, Path target) throws IOException {
        try {
            Files.createLink(target, file);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException taken) {
                throw taken;
            }
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.delete(file);
        return target;
    }

    static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
}
