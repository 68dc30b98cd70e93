package news.xuhui.query.search;

/**
 * Which of a query's matches its facets count: every one while they are estimated at most {@code above}
 * ({@code xuhui.search.facets-sample-above}); beyond, one in {@link #oneIn()}, the rows of one sample level. Counting
 * each match of a word found in most articles took seconds at a million articles, however the rows were read; a
 * uniform sample of a few thousand gives every count to a few percent in milliseconds.
 *
 * <p>A row's sample level is the number of trailing zero bits of its id's hash (migration V11), so level {@code k}
 * holds about one row in 2^(k+1) whatever the row says or when it was printed, and one equality (which the text index
 * intersects with the terms' entries) picks a sample of any power-of-two size.
 *
 * @param oneIn 1: every match; else a power of two, at least 2
 */
public record FacetSample(long oneIn) {

    /** Every match. */
    public static final FacetSample ALL = new FacetSample(1);

    /**
     * The sample level of a row of article_search {@code s}, exactly as the text index holds it (migration V11): the
     * planner matches the expression to the index's column only when it is the same.
     */
    public static final String LEVEL_SQL = "bit_count(((hashtext(s.id)::int8 & -hashtext(s.id)::int8) - 1)::bit(64))";

    /** Sampling stops at one in 2^30: far sparser than any archive needs, and well inside the levels a hash has. */
    private static final long SPARSEST = 1L << 30;

    public FacetSample {
        if (oneIn < 1 || Long.bitCount(oneIn) != 1 || oneIn > SPARSEST) {
            throw new IllegalArgumentException("one in " + oneIn + ": not a power of two from 1 to 2^30");
        }
    }

    /**
     * The sample for an estimate of the matches: all of them up to {@code above} (or when {@code above} is 0), else
     * the densest power-of-two sample expected to hold at most {@code above} rows, so between half of it and all of it.
     */
    public static FacetSample of(long estimate, long above) {
        if (above <= 0 || estimate <= above) {
            return ALL;
        }
        long oneIn = 2;
        while (oneIn < SPARSEST && estimate > above * oneIn) {
            oneIn <<= 1;
        }
        return new FacetSample(oneIn);
    }

    public boolean all() {
        return oneIn == 1;
    }

    /** The sample level of the rows counted; undefined for {@link #ALL}. */
    public int level() {
        if (all()) {
            throw new IllegalStateException("every match is counted: no level");
        }
        return Long.numberOfTrailingZeros(oneIn) - 1;
    }

    /** What a count in the sample stands for. */
    public long scale(long counted) {
        return counted * oneIn;
    }
}
