package org.tiqu.internal.date;

import org.junit.jupiter.api.Test;
import org.tiqu.internal.seg.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link DateRecognizer.Words} answers by binary search what a per-position index of the words would answer. */
class DateRecognizerWordsTest {
    private static final String[] POS = {"t", "tg", "ns", "nsf", "nt", "nr", "nrf", "n", "v", "m", "w", ""};

    @Test
    void binarySearchAgreesWithAPerPositionIndexOnRandomSegmentations() {
        Random r = new Random(42);
        for (int round = 0; round < 1000; round++) {
            int n = r.nextInt(40);
            List<Word> words = new ArrayList<>();
            int i = 0;
            while (i < n) {
                if (r.nextInt(6) == 0) {
                    i++; // whitespace: no word
                    continue;
                }
                int len = Math.min(n - i, 1 + r.nextInt(6));
                words.add(new Word("x".repeat(len), i, i + len, POS[r.nextInt(POS.length)]));
                i += len;
            }
            DateRecognizer.Words fast = new DateRecognizer.Words(n, words);
            Reference ref = new Reference(n, words);
            for (int a = 0; a <= n; a++) {
                final int a0 = a;
                assertEquals(ref.boundary[a], fast.boundary(a), () -> "boundary " + a0 + " in " + words);
                for (int b = 0; b <= n + 1; b++) {
                    final int b0 = b;
                    assertEquals(ref.timeEnd[a] == b, fast.timeWord(a, b), () -> "time " + a0 + "-" + b0 + " in " + words);
                    assertEquals(ref.nameEnd[a] == b, fast.nameWord(a, b), () -> "name " + a0 + "-" + b0 + " in " + words);
                }
            }
        }
    }

    /** The straightforward index: one entry per text position. */
    private static final class Reference {
        final boolean[] boundary;
        final int[] timeEnd;
        final int[] nameEnd;

        Reference(int n, List<Word> words) {
            boundary = new boolean[n + 1];
            boundary[0] = true;
            boundary[n] = true;
            timeEnd = new int[n + 1];
            nameEnd = new int[n + 1];
            Word before = null;
            for (Word w : words) {
                boundary[w.start()] = true;
                boundary[w.end()] = true;
                String pos = w.pos();
                if ((pos.startsWith("ns") || pos.startsWith("nt")) && w.length() >= 4) {
                    for (int k = w.start() + 1; k < w.end(); k++) {
                        boundary[k] = true;
                    }
                }
                if (!pos.isEmpty() && pos.charAt(0) == 't') {
                    timeEnd[w.start()] = w.end();
                }
                // a name word right after a whole name (two chars or more) is no name: 奥特曼/nr 周二/nr
                boolean afterName = before != null && before.end() == w.start() && before.length() >= 2
                        && before.pos().startsWith("nr");
                if (pos.startsWith("nr") && !afterName) {
                    nameEnd[w.start()] = w.end();
                }
                before = w;
            }
        }
    }
}
