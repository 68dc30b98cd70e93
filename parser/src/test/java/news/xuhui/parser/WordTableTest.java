package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link WordTable} answers what the regex alternation it replaced answered: the words longest first, matched at a
 * position ({@code lookingAt} in a region) or as the prefix of a window ({@code ^(?:…)} found in a substring), also
 * with a test of what follows the word ({@code (?:…)([\u4e00-\u9fff]{2})}). Random texts over the words' own
 * characters make many partial and nested matches.
 */
class WordTableTest {

    private static final String WORDS = "委员|委员长|副委员长|主任|副主任|主任委员|书记|党委书记|街道党工委书记|长|员|任|说|表示|"
            + "在会上|在|会|副";

    private static String longestFirst(String alternation) {
        List<String> ws = new ArrayList<>(List.of(alternation.split("\\|")));
        ws.sort((a, b) -> b.length() - a.length());
        return String.join("|", ws);
    }

    private static String randomText(Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void matchesWhatTheLongestFirstAlternationMatches() {
        WordTable t = WordTable.of(WORDS);
        Pattern at = Pattern.compile("(?:" + longestFirst(WORDS) + ")");
        Pattern prefix = Pattern.compile("^(?:" + WORDS + ")");
        Pattern followed = Pattern.compile("(?:" + longestFirst(WORDS) + ")([\\u4e00-\\u9fff]{2,4})");
        String alphabet = WORDS.replace("|", "") + "王。，";
        Random r = new Random(7);
        int matched = 0;
        for (int k = 0; k < 400; k++) {
            String s = randomText(r, alphabet, 40);
            for (int i = 0; i < s.length(); i++) {
                Matcher m = at.matcher(s);
                m.region(i, s.length());
                int want = m.lookingAt() ? m.end() - i : 0;
                assertEquals(want, t.longestAt(s, i, s.length()), s + " at " + i);
                matched += want > 0 ? 1 : 0;
                for (int window : new int[] {1, 3, 6}) {
                    boolean w = prefix.matcher(s.substring(i, Math.min(s.length(), i + window))).find();
                    assertEquals(w, t.anyAt(s, i, i + window), s + " at " + i + " window " + window);
                }
                Matcher f = followed.matcher(s);
                f.region(i, s.length());
                int wantF = f.lookingAt() ? f.start(1) - i : 0;
                String text = s;
                int gotF = t.longestAt(s, i, s.length(), e -> e + 1 < text.length() && han(text.charAt(e))
                        && han(text.charAt(e + 1)));
                assertEquals(wantF, gotF, s + " at " + i + " followed");
            }
        }
        // the random texts did exercise the table
        assertEquals(true, matched > 1000, "matches: " + matched);
    }

    private static boolean han(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}
