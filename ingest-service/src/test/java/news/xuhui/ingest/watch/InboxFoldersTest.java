package news.xuhui.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
