package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * People on the 54 development-set articles {@link PeopleHeldOutTest} does not use (33 of them name somebody, 74
 * people in all; the rest name nobody, so any name found there is false): src/test/resources/people-fresh/
 * annotations.json lists them, annotated by hand from the gold article text before any person rule was changed.
 * Parser 1.7.0, measured before these articles were looked at: recall 52/74 (0.703), precision 77/79 (0.975; false:
 * 易舒, a reporter's name cut where the credit runs into the next label, and 全科 of 全科医生). That is the honest
 * held-out figure of the 1.7.0 person rules; once its misses were looked at the set stopped being held out. With the
 * rules written after looking at both sets (a role inside a longer one, more family names, status words and 国务卿
 * before a name, attribution dashes, a name cut before a lone noun, professions after a word, person-first dictionary
 * names, names in apposition, a name before a heading's colon): recall 66/74 (0.892), precision 92/92, a development figure now. Still missed: foreign
 * names with no title or verb beside them (某某的, 某某就是), Mongolian and Khmer transcriptions (尼玛呼, 奥万丁),
 * and a name seen with its title only in another article. With the rules of parser-people, written against
 * {@link PeopleSubstitutedTest} (names replaced by synthetic ones; 万 and 呼 joined the transcription characters):
 * recall 69/74 (0.932), precision 96/96. Still missed: 薛定谔 and 蓬佩奥 with no title beside them in their article,
 * a Mongolian name of five characters, a name seen with its title only in another article.
 */
class PeopleFreshHeldOutTest {

    /** Bars just below what the parser reaches now (see the class comment for the figure before). */
    static final double MIN_RECALL = 0.92;
    static final double MIN_PRECISION = 0.98;

    @Test
    void peopleOfFreshHeldOutArticles() throws Exception {
        PeopleHeldOutTest.Result r = PeopleHeldOutTest.score("people-fresh");
        assertTrue(r.wanted() >= 70, r.line());
        assertTrue(r.recall() >= MIN_RECALL, r.line());
        assertTrue(r.precision() >= MIN_PRECISION, r.line());
    }
}
