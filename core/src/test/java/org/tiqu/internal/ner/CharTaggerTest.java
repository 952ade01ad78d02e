package org.tiqu.internal.ner;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The tagger's decoding shortcuts against plain versions of the same computation. */
class CharTaggerTest {
    private static final int L = CharTagger.LABELS;

    /** Textbook Viterbi over every allowed predecessor, ascending, strict comparison: what the fast one must equal. */
    private static int[] plainViterbi(float[] score, float[] t, int n) {
        float[] delta = new float[n * L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            delta[y] = CharTagger.allowed(-1, y) ? t[y] + score[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int x = 0; x < L; x++) {
                    if (CharTagger.allowed(x, y)) {
                        float v = delta[(i - 1) * L + x] + t[(x + 1) * L + y];
                        if (v > best) {
                            best = v;
                            arg = x;
                        }
                    }
                }
                delta[i * L + y] = best + score[i * L + y];
                back[i * L + y] = arg;
            }
        }
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int y = 0; y < L; y++) {
            boolean closes = y == 0 || ((y - 1) & 3) >= 2;
            if (closes && delta[(n - 1) * L + y] > best) {
                best = delta[(n - 1) * L + y];
                arg = y;
            }
        }
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * L + arg];
        }
        return out;
    }

    @Test
    void writtenOutViterbiEqualsThePlainOneIncludingTies() {
        Random r = new Random(42);
        for (int round = 0; round < 2000; round++) {
            int n = 1 + r.nextInt(40);
            boolean ties = round % 2 == 0; // small integers make equal path scores common
            float[] score = new float[n * L];
            float[] t = new float[(L + 1) * L];
            for (int i = 0; i < score.length; i++) {
                score[i] = ties ? r.nextInt(3) : (float) r.nextGaussian();
            }
            for (int i = 0; i < t.length; i++) {
                t[i] = ties ? r.nextInt(3) - 1 : (float) r.nextGaussian();
            }
            int[] fast = new int[n];
            CharTagger.viterbi(score, t, n, fast);
            assertArrayEquals(plainViterbi(score, t, n), fast, "round " + round);
        }
    }

    /** A dateline and a sentence with names; tests tag the sentence, from 国 on, inside the whole text. */
    private static final String NEWS = "新华社北京1月29日电。国务院总理李鹏今天在人民大会堂会见了日本经济团体联合会会长今井敬一行。";
    private static final char[] NEWS_CHARS = NerFeatures.fold(NEWS, 0, NEWS.length());
    private static final int SENTENCE_FROM = NEWS.indexOf('国');

    @Test
    void taggingASentenceInPlaceEqualsTaggingItsCopy() {
        CharTagger tagger = NerRecognizer.defaultTagger();
        char[] c = NEWS_CHARS;
        int[] codes = NerFeatures.lexiconCodes(c, NerLexicon.get());
        int from = SENTENCE_FROM, to = c.length;
        int[] inPlace = new int[to - from];
        tagger.tag(c, codes, from, to, inPlace);
        int[] copy = tagger.tag(Arrays.copyOfRange(c, from, to), Arrays.copyOfRange(codes, from, to));
        assertArrayEquals(copy, inPlace);
        boolean named = Arrays.stream(copy).anyMatch(y -> y != 0);
        org.junit.jupiter.api.Assertions.assertTrue(named, "the sentence has names: " + Arrays.toString(copy));
    }

    @Test
    void theShippedTaggerReadsTheSegmentersWordsAndSlicesThemWithTheSentence() {
        CharTagger tagger = NerRecognizer.defaultTagger();
        char[] c = NEWS_CHARS;
        int[] codes = NerFeatures.lexiconCodes(c, NerLexicon.get());
        int[] words = NerFeatures.wordInfo(c.length, org.tiqu.internal.seg.Segmenter.shipped().segment(NEWS));
        int from = SENTENCE_FROM, to = c.length, n = to - from;
        float[] with = new float[c.length], without = new float[c.length], copy = new float[n];
        int[] labels = new int[n];
        tagger.tag(c, codes, words, from, to, labels, with);
        tagger.tag(c, codes, null, from, to, labels, without);
        // the model has weights for the words (templates 35-36): its evidence for a name moves with them
        org.junit.jupiter.api.Assertions.assertFalse(Arrays.equals(with, without), "the words changed nothing");
        tagger.tag(Arrays.copyOfRange(c, from, to), Arrays.copyOfRange(codes, from, to),
                Arrays.copyOfRange(words, from, to), 0, n, labels, copy);
        assertArrayEquals(copy, Arrays.copyOfRange(with, from, to));
    }

    @Test
    void tagsLikeThePlainSumOfTheFeatureWeightsItKeeps() {
        Random r = new Random(7);
        char[] alphabet = "北京市人民政府李鹏会见了中国0A，。".toCharArray();
        int n = 300;
        char[] c = new char[n];
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = alphabet[r.nextInt(alphabet.length)];
            codes[i] = r.nextInt(1 << 26);
        }
        // every feature the text has (of the templates the tagger uses), with random weights
        java.util.LinkedHashMap<Long, Integer> index = new java.util.LinkedHashMap<>();
        long[] v = new long[NerFeatures.COUNT];
        int[][] feats = new int[n][NerFeatures.COUNT];
        for (int i = 0; i < n; i++) {
            NerFeatures.values(c, codes, i, v);
            for (int t = 0; t < NerFeatures.COUNT; t++) {
                if (!NerFeatures.used(t)) {
                    feats[i][t] = -1;
                    continue;
                }
                long key = NerFeatures.key(t, v[t]);
                Integer f = index.get(key);
                if (f == null) {
                    f = index.size();
                    index.put(key, f);
                }
                feats[i][t] = f;
            }
        }
        int nf = index.size();
        int[] templates = new int[nf];
        long[] values = new long[nf];
        for (int i = 0; i < n; i++) {
            NerFeatures.values(c, codes, i, v);
            for (int t = 0; t < NerFeatures.COUNT; t++) {
                if (feats[i][t] >= 0) {
                    templates[feats[i][t]] = t;
                    values[feats[i][t]] = v[t];
                }
            }
        }
        float[] w = new float[nf * L];
        for (int k = 0; k < w.length; k++) {
            w[k] = r.nextInt(4) == 0 ? 0f : (float) r.nextGaussian();
        }
        for (int f = 0; f < nf; f += 5) { // every fifth feature too weak to keep
            for (int y = 0; y < L; y++) {
                w[f * L + y] *= 0.001f;
            }
        }
        float[] trans = new float[(L + 1) * L];
        for (int k = 0; k < trans.length; k++) {
            trans[k] = (float) r.nextGaussian();
        }
        CharTagger tagger = new CharTagger(templates, values, w, trans);
        float max = 1e-9f;
        for (float x : w) {
            max = Math.max(max, Math.abs(x));
        }
        float scale = max / 32767f;
        boolean[] dropped = new boolean[nf];
        for (int f = 0; f < nf; f++) {
            int most = 0;
            for (int y = 0; y < L; y++) {
                most = Math.max(most, Math.abs(Math.round(w[f * L + y] / scale)));
            }
            dropped[f] = most < CharTagger.MIN_WEIGHT;
        }
        org.junit.jupiter.api.Assertions.assertTrue(dropped[0] && !dropped[1], "some features are dropped, others kept");
        // the kept weights relative to O's, requantized to CharTagger.WEIGHT_BITS bits (the shift per position
        // leaves the best path as it is)
        int maxQ = (1 << (CharTagger.WEIGHT_BITS - 1)) - 1;
        int maxDiff = 0;
        for (int f = 0; f < nf; f++) {
            for (int y = 1; y < L && !dropped[f]; y++) {
                maxDiff = Math.max(maxDiff, Math.abs(Math.round(w[f * L + y] / scale) - Math.round(w[f * L] / scale)));
            }
        }
        double factor = maxDiff > maxQ ? (double) maxQ / maxDiff : 1;
        float[] score = new float[n * L];
        for (int i = 0; i < n; i++) {
            for (int y = 1; y < L; y++) {
                int sum = 0;
                for (int t = 0; t < NerFeatures.COUNT; t++) {
                    int f = feats[i][t];
                    if (f >= 0 && !dropped[f]) {
                        sum += (int) Math.round((Math.round(w[f * L + y] / scale) - Math.round(w[f * L] / scale)) * factor);
                    }
                }
                score[i * L + y] = sum * (float) (scale / factor);
            }
        }
        int[] expected = plainViterbi(score, trans, n);
        assertArrayEquals(expected, tagger.tag(c, codes));
        org.junit.jupiter.api.Assertions.assertTrue(Arrays.stream(expected).distinct().count() > 3,
                "random weights give a varied path");
    }

    @Test
    void aModelWithATemplateTheTaggerNoLongerUsesIsRefused() {
        float[] w = new float[L];
        w[1] = 1f;
        float[] trans = new float[(L + 1) * L];
        long triple = (long) '北' << 32 | (long) '京' << 16 | '市';
        org.junit.jupiter.api.Assertions.assertFalse(NerFeatures.used(10));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CharTagger(new int[]{10}, new long[]{triple}, w, trans));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("template 10"), e.getMessage());
    }

    @Test
    void featuresWithOnlyTinyWeightsAreDropped() {
        float[] trans = new float[(L + 1) * L];
        float[] strong = new float[L];
        strong[1] = 1f;
        float[] tiny = new float[L];
        tiny[2] = 1f / 32767 * (CharTagger.MIN_WEIGHT - 1); // just below the threshold
        // unigram of 北 at offset 0 (template 2) is strong; the pair 京市 (template 6) is tiny
        CharTagger alone = new CharTagger(new int[] {2}, new long[] {'北'}, strong, trans);
        float[] both = Arrays.copyOf(strong, 2 * L);
        System.arraycopy(tiny, 0, both, L, L);
        CharTagger withTiny = new CharTagger(new int[] {2, 6}, new long[] {'北', (long) '京' << 16 | '市'}, both, trans);
        org.junit.jupiter.api.Assertions.assertEquals(alone.rowCount(), withTiny.rowCount());
        both[L + 2] = 1f / 32767 * CharTagger.MIN_WEIGHT; // at the threshold: kept
        CharTagger kept = new CharTagger(new int[] {2, 6}, new long[] {'北', (long) '京' << 16 | '市'}, both, trans);
        org.junit.jupiter.api.Assertions.assertTrue(kept.rowCount() > alone.rowCount());
    }
}
