package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where walking the date index stops paying off once a window is collected by blocks of dates. */
class RankedWindowBreakEvenTest {

    @Test
    void oneBlockHoldingTheArchiveIsCollectingEveryMatch() {
        // walking tests window x rows / m rows at 4 each, collecting reads m: equal at sqrt(rows x window x 4)
        assertEquals(Math.sqrt(1_000_000.0 * 100 * 4), RankedWindow.blockWalkFrom(1_000_000, 100, 1_000_000), 1);
        assertEquals(Math.sqrt(1_000_000.0 * 100 * 4), RankedWindow.blockWalkFrom(1_000_000, 100, 5_000_000), 1);
    }

    @Test
    void smallerBlocksLeaveMoreQueriesToTheIndex() {
        long eightYears = RankedWindow.blockWalkFrom(1_000_000, 100, 1_000_000 * 128.0 / 2_900);
        // a phrase in 8% of a million articles over eight years: ~3,500 candidates a block, against ~1,250 rows walked
        assertTrue(eightYears > 80_000, "8% collected by blocks: " + eightYears);
        // in 30%: ~13,000 candidates a block, against ~330 rows walked
        assertTrue(eightYears < 300_000, "30% walked: " + eightYears);
        assertTrue(RankedWindow.blockWalkFrom(1_000_000, 100, 1_000_000 * 128.0 / 5_800) > eightYears,
                "twice the years, twice the blocks");
    }

    @Test
    void anEmptyArchiveWalksNothing() {
        assertEquals(0, RankedWindow.blockWalkFrom(0, 100, 0));
    }
}
