package org.tiqu.robust;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Property-based offset checks (see {@link Invariants}) on generated hostile strings, all through one shared
 * {@link org.tiqu.Extractor}. The number of generated inputs is {@code tiqu.fuzz.tries}, split by
 * {@link FuzzTries.Share}: 100,000 by default; long mode {@code -Dtiqu.fuzz.tries=2000000}.
 */
@AddLifecycleHook(FuzzTries.class)
class OffsetFuzzTest {

    @Property
    @FuzzTries.Share(0.37)
    void mixedPiecesKeepOffsets(@ForAll("text") String text) {
        Invariants.check(text, Shared.extractor().extract(text));
    }

    @Property
    @FuzzTries.Share(0.25)
    void arbitraryCodeUnitsKeepOffsets(@ForAll("anyChars") String text) {
        Invariants.check(text, Shared.extractor().extract(text));
    }

    @Property
    @FuzzTries.Share(0.145)
    void mutatedSentencesKeepOffsets(@ForAll("mutated") String text) {
        Invariants.check(text, Shared.dated().extract(text));
    }

    @Property
    @FuzzTries.Share(0.005)
    void longRunsWithoutPunctuationKeepOffsets(@ForAll("longRun") String text) {
        Invariants.check(text, Shared.extractor().extract(text));
    }

    @Provide
    Arbitrary<String> text() {
        return Adversarial.text();
    }

    @Provide
    Arbitrary<String> anyChars() {
        return Adversarial.anyChars();
    }

    @Provide
    Arbitrary<String> mutated() {
        return Adversarial.mutated();
    }

    @Provide
    Arbitrary<String> longRun() {
        return net.jqwik.api.Arbitraries.oneOf(Adversarial.hanRun(200, 3000),
                Adversarial.text().list().ofMinSize(20).ofMaxSize(60).map(ps -> String.join("", ps).replaceAll("[，。！？；,.!?;\\n]", "")));
    }
}
