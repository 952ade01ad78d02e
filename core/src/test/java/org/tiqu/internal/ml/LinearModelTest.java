package org.tiqu.internal.ml;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearModelTest {
    private static final List<String> BMES = List.of("B", "M", "E", "S");
    // "words" of a toy language; some strings split two ways (cab / c+ab), so no model reaches 100%
    private static final String[] WORDS = {"ab", "cab", "a", "dcb", "c", "efa", "ac", "bd"};

    private record Sample(String text, int[] labels) {
    }

    private static List<Sample> corpus(int n, long seed) {
        Random rnd = new Random(seed);
        List<Sample> out = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            StringBuilder sb = new StringBuilder();
            List<Integer> labels = new ArrayList<>();
            int words = 3 + rnd.nextInt(8);
            for (int k = 0; k < words; k++) {
                String w = WORDS[rnd.nextInt(WORDS.length)];
                sb.append(w);
                for (int i = 0; i < w.length(); i++) {
                    labels.add(w.length() == 1 ? 3 : i == 0 ? 0 : i == w.length() - 1 ? 2 : 1);
                }
            }
            out.add(new Sample(sb.toString(), labels.stream().mapToInt(Integer::intValue).toArray()));
        }
        return out;
    }

    private static FeatureBuffer features(String s) {
        FeatureBuffer f = new FeatureBuffer();
        for (int i = 0; i < s.length(); i++) {
            char p2 = i > 1 ? s.charAt(i - 2) : '^';
            char p = i > 0 ? s.charAt(i - 1) : '^';
            char c = s.charAt(i);
            char n = i + 1 < s.length() ? s.charAt(i + 1) : '$';
            char n2 = i + 2 < s.length() ? s.charAt(i + 2) : '$';
            f.add(Features.key(1, c));
            f.add(Features.key(2, p, c));
            f.add(Features.key(3, c, n));
            f.add(Features.key(4, p2, p, c));
            f.add(Features.key(5, c, n, n2));
            f.endPosition();
        }
        return f;
    }

    private static LinearModel train(PerceptronTrainer.Decoding decoding) {
        PerceptronTrainer t = new PerceptronTrainer(BMES, decoding);
        for (Sample s : corpus(400, 1)) {
            t.add(features(s.text()), s.labels());
        }
        t.train(8, 7L, null);
        return t.build(1, 0f);
    }

    private static double accuracy(LinearModel m, boolean viterbi) {
        long ok = 0;
        long all = 0;
        for (Sample s : corpus(200, 99)) {
            FeatureBuffer f = features(s.text());
            int[] out = new int[f.size()];
            if (viterbi) {
                m.viterbi(f, out);
            } else {
                m.greedy(f, out);
            }
            for (int i = 0; i < out.length; i++) {
                ok += out[i] == s.labels()[i] ? 1 : 0;
                all++;
            }
        }
        return ok / (double) all;
    }

    @Test
    void viterbiLearnsToySegmentation() {
        double acc = accuracy(train(PerceptronTrainer.Decoding.VITERBI), true);
        assertTrue(acc > 0.93, "held-out accuracy " + acc);
    }

    @Test
    void greedyLearnsToySegmentation() {
        double acc = accuracy(train(PerceptronTrainer.Decoding.GREEDY), false);
        assertTrue(acc > 0.92, "held-out accuracy " + acc);
    }

    @Test
    void untrainedModelIsNotGood() {
        // guards the two tests above: the toy task is not trivially solved by a model without weights
        PerceptronTrainer t = new PerceptronTrainer(BMES, PerceptronTrainer.Decoding.VITERBI);
        for (Sample s : corpus(400, 1)) {
            t.add(features(s.text()), s.labels());
        }
        t.train(0, 7L, null);
        assertTrue(accuracy(t.build(1, 0f), true) < 0.6);
    }

    @Test
    void modelRoundTripDecodesIdentically() throws IOException {
        LinearModel m = train(PerceptronTrainer.Decoding.VITERBI);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            m.write(out);
        }
        LinearModel r;
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())))) {
            r = LinearModel.read(in);
        }
        assertEquals(m.featureCount(), r.featureCount());
        assertEquals(m.labels(), r.labels());
        for (Sample s : corpus(50, 5)) {
            FeatureBuffer f = features(s.text());
            int[] a = new int[f.size()];
            int[] b = new int[f.size()];
            m.viterbi(f, a);
            r.viterbi(f, b);
            assertArrayEquals(a, b);
            int[] sa = new int[4];
            int[] sb = new int[4];
            m.score(f.keys(), f.from(0), f.to(0), sa, 0);
            r.score(f.keys(), f.from(0), f.to(0), sb, 0);
            assertArrayEquals(sa, sb);
        }
    }

    @Test
    void allowedTransitionsAreEnforced() {
        LinearModel m = train(PerceptronTrainer.Decoding.VITERBI)
                .withAllowedTransitions((p, n) -> !(n.equals("M") || n.equals("E"))); // only B/S may follow
        for (Sample s : corpus(20, 3)) {
            FeatureBuffer f = features(s.text());
            int[] out = new int[f.size()];
            m.viterbi(f, out);
            for (int i = 1; i < out.length; i++) {
                assertTrue(out[i] == 0 || out[i] == 3, "M/E after a label at " + i);
            }
        }
    }

    @Test
    void rejectsGarbageModel() {
        byte[] junk = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThrows(IOException.class, () -> LinearModel.read(new DataInputStream(new ByteArrayInputStream(junk))));
    }

    @Test
    void wideModelLearnsAndRoundTrips() throws IOException {
        // 12 labels use the indirect weight layout; label = (char + previous char) mod 12
        List<String> names = new ArrayList<>();
        for (int y = 0; y < 12; y++) {
            names.add("L" + y);
        }
        PerceptronTrainer t = new PerceptronTrainer(names, PerceptronTrainer.Decoding.VITERBI);
        Random rnd = new Random(3);
        for (int s = 0; s < 300; s++) {
            char[] cs = new char[6];
            int[] gold = new int[6];
            for (int i = 0; i < 6; i++) {
                cs[i] = (char) ('a' + rnd.nextInt(12));
                gold[i] = ((cs[i] - 'a') + (i > 0 ? cs[i - 1] - 'a' : 0)) % 12;
            }
            FeatureBuffer f = new FeatureBuffer();
            for (int i = 0; i < 6; i++) {
                f.add(Features.key(1, i > 0 ? cs[i - 1] : '^', cs[i]));
                f.endPosition();
            }
            t.add(f, gold);
        }
        t.train(5, 1L, null);
        LinearModel m = t.build(1, 0f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(new DataOutputStream(bytes));
        LinearModel r = LinearModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        FeatureBuffer f = new FeatureBuffer();
        f.add(Features.key(1, '^', 'c'));
        f.endPosition();
        f.add(Features.key(1, 'c', 'e'));
        f.endPosition();
        int[] out = new int[2];
        r.viterbi(f, out);
        assertArrayEquals(new int[] {2, 6}, out);
        assertEquals(12, r.numLabels());
    }
}
