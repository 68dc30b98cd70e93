package news.xuhui.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the character set of a page file and decodes it; never assumes. Order: byte-order mark (UTF-8, UTF-16LE/BE,
 * UTF-32LE/BE), then BOM-less UTF-16 recognised by its zero bytes, then strict UTF-8, then strict GB18030 (which
 * covers GBK and GB2312). Bytes valid in none of them are rejected as {@code undecodable}; decoded text that is
 * mostly control characters is rejected as {@code binary}.
 */
final class EncodingDetector {

    static final Charset GB18030 = Charset.forName("GB18030");

    record Decoded(String text, String encoding) {
    }

    private EncodingDetector() {
    }

    static Decoded decode(byte[] b) throws PageParseException {
        int n = b.length;
        if (n >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
            return check(strict(Charset.forName("UTF-32LE"), b, 4), "UTF-32LE");
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
            return check(strict(Charset.forName("UTF-32BE"), b, 4), "UTF-32BE");
        }
        if (n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return check(strictOrReplace(StandardCharsets.UTF_8, b, 3), "UTF-8");
        }
        if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return check(strictOrReplace(StandardCharsets.UTF_16LE, b, 2), "UTF-16LE");
        }
        if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return check(strictOrReplace(StandardCharsets.UTF_16BE, b, 2), "UTF-16BE");
        }
        String utf16 = bomlessUtf16(b);
        if (utf16 != null) {
            String enc = utf16;
            return check(strictOrReplace("UTF-16LE".equals(enc) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE,
                    b, 0), enc);
        }
        String s = strict(StandardCharsets.UTF_8, b, 0);
        if (s != null) {
            return check(s, "UTF-8");
        }
        s = strict(GB18030, b, 0);
        if (s != null && !mostlyRare(s)) {
            return check(s, "GB18030");
        }
        throw new PageParseException("undecodable",
                "The page is neither UTF-8, UTF-16/32 with a byte-order mark, nor GB18030/GBK text");
    }

    /** UTF-16 without BOM shows zero high bytes for ASCII on one side; Chinese text alone is left undetected. */
    private static String bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) {
            return strict(StandardCharsets.UTF_16LE, b, 0) != null ? "UTF-16LE" : null;
        }
        if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) {
            return strict(StandardCharsets.UTF_16BE, b, 0) != null ? "UTF-16BE" : null;
        }
        return null;
    }

    private static String strict(Charset cs, byte[] b, int offset) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** After a byte-order mark the encoding is known; a few broken sequences become U+FFFD instead of failing. */
    private static String strictOrReplace(Charset cs, byte[] b, int offset) {
        String s = strict(cs, b, offset);
        return s != null ? s : new String(b, offset, b.length - offset, cs);
    }

    /** Random bytes often decode as GB18030 four-byte sequences or rare ideographs; real text does not. */
    private static boolean mostlyRare(String s) {
        int n = Math.min(s.length(), 20000);
        if (n == 0) {
            return false;
        }
        int rare = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || (c >= 0x80 && c < 0x2000) || (c >= 0xe000 && c <= 0xf8ff)
                    || (c >= 0x3400 && c < 0x4e00) || (c >= 0xa000 && c < 0xf900)) {
                rare++;
            }
        }
        return rare > n * 0.3;
    }

    private static Decoded check(String s, String enc) throws PageParseException {
        if (s == null) {
            throw new PageParseException("undecodable", "The page could not be decoded as " + enc);
        }
        int n = Math.min(s.length(), 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f) {
                control++;
            }
        }
        if (n > 0 && control > n * 0.1) {
            throw new PageParseException("binary", "The page looks like binary data, not text (" + enc + ")");
        }
        return new Decoded(s, enc);
    }
}
