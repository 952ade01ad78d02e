package org.tiqu.cli;

import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;

import java.util.Map;

/**
 * JSON string escaping that keeps Chinese readable: quotes, backslash and control characters are escaped, and
 * so are U+2028/U+2029 (so every object stays on one physical line) and lone surrogates (so the UTF-8 output
 * stays valid); everything else is written as is.
 */
final class Json {
    private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
            new LookupTranslator(Map.of("\"", "\\\"", "\\", "\\\\")),
            new LookupTranslator(EntityArrays.JAVA_CTRL_CHARS_ESCAPE),
            JavaUnicodeEscaper.below(0x20),
            JavaUnicodeEscaper.between(0x7F, 0x9F),
            JavaUnicodeEscaper.between(0x2028, 0x2029),
            JavaUnicodeEscaper.between(0xD800, 0xDFFF));

    private Json() {
    }

    static String quote(String s) {
        return '"' + ESCAPE.translate(s) + '"';
    }
}
