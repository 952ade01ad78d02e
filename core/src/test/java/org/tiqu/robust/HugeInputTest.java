package org.tiqu.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tiqu.EntityType;
import org.tiqu.Extraction;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Huge inputs extract within the default test heap and keep every invariant. No speed assertions (speed is
 * measured by the JMH benchmarks); the timeout only turns a hang (work quadratic in the document length) into a
 * clear failure instead of a stuck build: linear work takes well under a minute here even on a loaded machine.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HugeInputTest {

    @Test
    void tenMegabyteDocumentExtracts() {
        StringBuilder sb = new StringBuilder(4_000_000);
        Random r = new Random(7);
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < 10 << 20 || sb.length() == 0) {
            // grow in paragraphs; measure bytes only now and then
            for (int k = 0; k < 20_000; k++) {
                sb.append(Adversarial.SENTENCES.get(r.nextInt(Adversarial.SENTENCES.size())));
                if (r.nextInt(4) == 0) {
                    sb.append(Adversarial.ODD.get(r.nextInt(Adversarial.ODD.size())));
                }
                if (r.nextInt(3) == 0) {
                    sb.append(r.nextBoolean() ? "\n\n" : "\r\n");
                }
            }
        }
        String text = sb.toString();
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length >= 10 << 20);
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
        assertFalse(x.entities(EntityType.PLACE).isEmpty(), "a 10 MB news text names places");
        assertFalse(x.keywords().isEmpty());
    }

    @Test
    void oneMegabyteLineWithoutPunctuationExtracts() {
        StringBuilder words = new StringBuilder();
        for (String s : Adversarial.SENTENCES) {
            for (char c : s.toCharArray()) {
                if (Character.isLetterOrDigit(c)) {
                    words.append(c);
                }
            }
        }
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < 1 << 20) {
            sb.append(words);
        }
        String text = sb.substring(0, 1 << 20);
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
        assertFalse(x.tokens().isEmpty());
    }

    @Test
    void oneMegabyteOfOneRepeatedCharExtracts() {
        String text = "一".repeat(1 << 20);
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
    }

    @Test
    void oneMegabyteOfWhitespaceAndBreaksExtracts() {
        String text = " \n\r\n\u3000\u200B\t".repeat((1 << 20) / 7);
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
        assertTrue(x.tokens().isEmpty());
        assertTrue(x.entities().isEmpty());
    }

    @Test
    void oneMegabyteOfSurrogatePairsAndLoneSurrogatesExtracts() {
        StringBuilder sb = new StringBuilder(1 << 20);
        Random r = new Random(3);
        while (sb.length() < 1 << 20) {
            sb.append(r.nextInt(5) == 0 ? "\uD800" : r.nextBoolean() ? "\uD83D\uDE00" : "\uD840\uDC00");
        }
        String text = sb.toString();
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
    }
}
