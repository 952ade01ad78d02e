package org.tiqu.internal.recognize;

import java.util.List;

/**
 * Proposes mentions of one or more entity types. Implementations are immutable after construction and
 * safe for concurrent use.
 */
public interface Recognizer {
    /** Adds this recognizer's mentions for {@code doc} to {@code out}. */
    void recognize(Document doc, List<Mention> out);
}
