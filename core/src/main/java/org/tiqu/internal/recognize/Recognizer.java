package org.tiqu.internal.recognize;

import java.util.List;

/**
 * Proposes mentions of one or more entity types. Implementations are immutable after construction and
 * safe for concurrent use.
 */
public interface Recognizer {
    /** Adds this recognizer's mentions for {@code doc} to {@code out}. */
    void recognize(Document doc, List<Mention> out);

    /**
     * Adds the mentions of each of {@code docs} to the list at the same index of {@code out}: the same as
     * {@link #recognize} on each. A recognizer whose work has stages with tables of their own may run each stage over
     * all documents in turn, so its tables stay in the CPU's caches.
     */
    default void recognizeAll(Document[] docs, List<Mention>[] out) {
        for (int i = 0; i < docs.length; i++) {
            recognize(docs[i], out[i]);
        }
    }
}
