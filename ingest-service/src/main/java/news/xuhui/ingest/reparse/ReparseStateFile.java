package news.xuhui.ingest.reparse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The job's status on disk, replaced atomically: a crash leaves the previous version or the new one, never half. */
final class ReparseStateFile {

    private final Path file;
    private final ObjectMapper json;

    ReparseStateFile(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    Path path() {
        return file;
    }

    Optional<ReparseStatus> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(file.toFile(), ReparseStatus.class));
    }

    synchronized void write(ReparseStatus status) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), status);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
