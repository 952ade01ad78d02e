package org.tiqu.robust;

import org.tiqu.Extractor;

/** One extractor for all robustness tests: building one loads HanLP's models, so it is done once per JVM. */
final class Shared {
    private Shared() {
    }

    private static final class Holder {
        static final Extractor EXTRACTOR = Extractor.defaults();
        static final Extractor DATED = Extractor.builder().referenceDate(java.time.LocalDate.of(2023, 8, 16)).build();
    }

    /** Default settings: the reference date, if any, is found in each text. */
    static Extractor extractor() {
        return Holder.EXTRACTOR;
    }

    /** A fixed reference date (2023-08-16), so relative and partial dates get resolved values. */
    static Extractor dated() {
        return Holder.DATED;
    }
}
