package news.xuhui.query.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchVectorTest {

    @Test
    void hanRunsBecomeOneThreeCharacterPiecePerCharacterShorterAtTheEndEachWithItsFirstTwo() {
        String v = new SearchVector().add("徐汇区", SearchVector.Weight.D).toLiteral();
        assertEquals("'徐汇区':1 '徐汇':1 '汇区':2 '区':3", v);
        assertEquals("'人工智':1 '人工':1 '工智能':2 '工智':2 '智能':3 '能':4",
                new SearchVector().add("人工智能", SearchVector.Weight.D).toLiteral());
    }

    @Test
    void punctuationSeparatesRunsAndFieldsContinueThePositions() {
        String v = new SearchVector().add("曹立强", SearchVector.Weight.A).add("人大、2025年", SearchVector.Weight.D)
                .toLiteral();
        assertEquals("'曹立强':1A '曹立':1A '立强':2A '强':3A '人大':4 '大':5 '2025':6 '年':7", v);
    }

    @Test
    void positionsAreCappedAsPostgresqlRequires() {
        SearchVector v = new SearchVector();
        for (int i = 0; i < 20_000; i++) {
            v.add("好", SearchVector.Weight.D);
        }
        String literal = v.toLiteral();
        assertEquals(SearchVector.MAX_POSITIONS_PER_LEXEME, literal.split(",").length);
        assertTrue(literal.startsWith("'好':1,2,3"));
    }

    @Test
    void quotesAreEscaped() {
        StringBuilder sb = new StringBuilder();
        SearchVector.quote("a'b\\c", sb);
        assertEquals("'a''b\\\\c'", sb.toString());
    }
}
