package org.tiqu.internal.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the date a document was published from its own text: a masthead such as {@code 2023年8月16日 星期三}. */
public final class ReferenceDates {
    private static final Pattern MASTHEAD = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:星期|周)[一二三四五六日天]");
    /** Only the top of a page carries its masthead. */
    private static final int HEAD = 400;

    private ReferenceDates() {
    }

    public static Optional<LocalDate> find(String cleanedText) {
        Matcher m = MASTHEAD.matcher(cleanedText.length() > HEAD ? cleanedText.substring(0, HEAD) : cleanedText);
        if (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
