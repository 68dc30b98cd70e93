package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage right after the page is cut into lines: takes off the line numbers a PDF prints in its margin (proofs, archive
 * scans, legal gazettes) and a converter keeps at the end of the text's lines ({@code ……的决定，    15}). A trailing
 * number counts only when it stands apart from the text by a wide gap and the page has several such numbers that go up
 * line after line. Why: left on, the number runs into the next line's text when the paragraph is rejoined, widens the
 * line so that it reads as a headline set across columns, and hides the sentence end before it.
 */
final class MarginLineNumbers {

    /** Text, a gap of two spaces or a tab at least, and a number of one to four digits closing the line. */
    private static final Pattern TRAILING = Pattern.compile("^(.*\\S)(?: {2,}|\\t+|\\u3000+)(\\d{1,4})\\s*$");
    /** So many numbered lines at least make a margin's numbering (one or two may be a table's figures). */
    static final int MIN_NUMBERED = 3;

    private MarginLineNumbers() {
    }

    static List<String> without(List<String> lines) {
        List<Integer> at = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!endsInDigit(l)) {
                continue; // a cheap look at the line's end first: most lines end in text
            }
            Matcher m = TRAILING.matcher(l);
            if (m.matches() && TextCleaner.cjkCount(m.group(1)) >= 2) {
                at.add(i);
                numbers.add(Integer.parseInt(m.group(2)));
                texts.add(m.group(1));
            }
        }
        if (at.size() < MIN_NUMBERED || !mostlyRising(numbers)) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines);
        for (int k = 0; k < at.size(); k++) {
            out.set(at.get(k), texts.get(k));
        }
        return out;
    }

    private static boolean endsInDigit(String l) {
        int e = l.length() - 1;
        while (e >= 0 && Character.isWhitespace(l.charAt(e))) {
            e--;
        }
        return e >= 0 && l.charAt(e) >= '0' && l.charAt(e) <= '9';
    }

    /** Whether at least three in four of the numbers are greater than the one before (a new PDF page may restart). */
    private static boolean mostlyRising(List<Integer> numbers) {
        int rising = 0;
        for (int k = 1; k < numbers.size(); k++) {
            if (numbers.get(k) > numbers.get(k - 1)) {
                rising++;
            }
        }
        return rising * 4 >= (numbers.size() - 1) * 3;
    }
}
