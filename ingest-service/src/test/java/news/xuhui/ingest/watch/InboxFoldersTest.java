package news.xuhui.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxFoldersTest {

    @Test
    void partialAndHiddenFilesAreNotPages() {
        assertTrue(InboxFolders.ignored(".page.txt"));
        assertTrue(InboxFolders.ignored("page.txt.tmp"));
        assertTrue(InboxFolders.ignored("page.txt.part"));
        assertTrue(InboxFolders.ignored("page.txt~"));
        assertFalse(InboxFolders.ignored("page.txt"));
        assertFalse(InboxFolders.ignored("第1版 徐汇报.md"));
    }

    @Test
    void takenNamesGetANumberBeforeTheExtension() {
        assertEquals("page-1.txt", InboxFolders.numbered("page.txt", 1));
        assertEquals("page.v2-3.txt", InboxFolders.numbered("page.v2.txt", 3));
        assertEquals("README-2", InboxFolders.numbered("README", 2));
        assertEquals(".hidden-1", InboxFolders.numbered(".hidden", 1));
    }

    @Test
    void foldersDroppedIntoTheInboxAreFoundButNotItsOwnOrHiddenOnes(@TempDir Path inbox) throws IOException {
        Path processed = Files.createDirectory(inbox.resolve("processed"));
        Path failed = Files.createDirectory(inbox.resolve("failed"));
        Files.createDirectories(inbox.resolve(".work").resolve("host-8081"));
        Path edition = Files.createDirectory(inbox.resolve("2024-01-05 徐汇报"));
        Files.writeString(edition.resolve("page-01.txt"), "# 标题");
        Files.writeString(inbox.resolve("page.txt"), "# 标题");
        Files.createSymbolicLink(inbox.resolve("linked"), processed);

        assertEquals(List.of(edition), InboxFolders.foreignFolders(inbox, List.of(processed, failed,
                inbox.resolve("duplicates"))));
        // an outcome folder configured elsewhere is someone else's folder when it is not inside the inbox
        assertEquals(List.of(edition, processed),
                InboxFolders.foreignFolders(inbox, List.of(inbox.resolveSibling("elsewhere"), failed)));
    }
}
