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
    void aDateRangeOfACommonWordIsCollectedByBlocksUpToItsBreakEven() {
        // walking the range tests window / share rows at 4 each, the blocks collect share x perBlock x 1.5 (a range
        // ends inside its newest block): equal at share = sqrt(window x 4 / (perBlock x 1.5))
        double perBlock = 100_000 * 128.0 / 4_000;
        double below = RankedWindow.blockShareBelow(100, perBlock);
        assertEquals(4 * 100 / below, below * perBlock * 1.5, 1e-6, "the two costs meet");
        assertTrue(below > 0.25 && below < 0.35, "about 29 % at 100,000 articles over eleven years: " + below);
        assertTrue(RankedWindow.blockShareBelow(100, perBlock * 10) < below / 3, "a tenth as many words at ten times");
        assertEquals(0, RankedWindow.blockShareBelow(100, 0), "an empty archive walks");
    }

    @Test
    void anEmptyArchiveWalksNothing() {
        assertEquals(0, RankedWindow.blockWalkFrom(0, 100, 0));
    }

    @Test
    void aCheckGrowsItsBatchForTheMatchesStillWanted() {
        // 141 read, 99 matched (70%), 100 wanted: one more match at 70% and a quarter more, plus the extra
        assertEquals((long) Math.ceil(1 / (99.0 / 141) * 1.25) + RankedWindow.FIRST_EXTRA,
                RankedWindow.nextBatch(141, 141, 99, 100));
        assertTrue(RankedWindow.nextBatch(141, 141, 99, 100) < 141, "far fewer than four times the last batch");
        assertEquals(564, RankedWindow.nextBatch(141, 141, 0, 100), "no match yet: fourfold");
        assertEquals(564, RankedWindow.nextBatch(141, 141, 1, 1000), "a rare match: at most fourfold");
        // half of them matched, 50 of 100 missing: ~125 more
        long half = RankedWindow.nextBatch(100, 100, 50, 100);
        assertTrue(half >= 125 && half <= 125 + RankedWindow.FIRST_EXTRA + 1, "half: " + half);
    }
}
