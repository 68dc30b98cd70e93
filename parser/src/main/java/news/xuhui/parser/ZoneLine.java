package news.xuhui.parser;

import java.util.List;

/**
 * A line the assembler holds while it decides whether a run of lines is a headline block or text.
 *
 * @param kind   what the line looked like when read
 * @param level  markdown heading level (1 for {@code #}), 0 for plain lines
 * @param spaced the line as printed (OCR spaces kept, for name splitting)
 * @param text   the cleaned line
 * @param names  the names of a byline, or {@code null}
 * @param line   its index in the plan
 */
record ZoneLine(Kind kind, int level, String spaced, String text, List<String> names, int line) {

    enum Kind { HEADING, PLAIN, BYLINE, AUTHOR }
}
