package org.tiqu.robust;

import org.tiqu.Extractor;

/** One extractor for all robustness tests: building one loads HanLP's models, so it is done once per JVM. */
final class Shared {
    private Shared() {
    }

    private static final class Holder {
        static final Extractor EXTRACTOR = Extractor.defaults();
    }

    static Extractor extractor() {
        return Holder.EXTRACTOR;
    }
}
