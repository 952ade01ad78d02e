package org.tiqu.internal.seg;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.tiqu.internal.text.Chars;
import org.tiqu.internal.text.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Segments cleaned text sentence by sentence and guarantees the token contract: tokens are ordered, never overlap
 * and cover every non-whitespace char. Runs of whitespace separate chunks; opaque characters (controls, lone
 * surrogates, private use, format chars) become tokens of their own (pos {@code x}).
 *
 * <p>The default engine is tiqu's own model ({@link CwsModel} BMES tagger + {@link PosModel} tagger, both trained on
 * People's Daily 1998-01); a HanLP {@link Segment} can be used instead. Thread-safe: all state is per call.
 */
public final class Segmenter {
    private final Segment segment;
    private final CwsModel cws;
    private final PosModel pos;
    private final java.util.concurrent.CompletableFuture<Segmenter> loading; // shipped(): models still loading

    /** A segmenter backed by a HanLP segment (its own POS tags). */
    public Segmenter(Segment segment) {
        this.segment = Objects.requireNonNull(segment, "segment");
        this.cws = null;
        this.pos = null;
        this.loading = null;
    }

    /** A segmenter backed by tiqu's models; {@code pos} may be null (tags then come from char classes only). */
    public Segmenter(CwsModel cws, PosModel pos) {
        this.segment = null;
        this.cws = Objects.requireNonNull(cws, "cws");
        this.pos = pos;
        this.loading = null;
    }

    private Segmenter(java.util.concurrent.CompletableFuture<Segmenter> loading) {
        this.segment = null;
        this.cws = null;
        this.pos = null;
        this.loading = loading;
    }

    /** The loaded segmenter behind a {@link #shipped} one (waits for the load; rethrows its failure). */
    private Segmenter loaded() {
        try {
            return loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Waits until the models are loaded, so a broken model fails where the caller builds, not at first use.
     *
     * @return this segmenter
     */
    public Segmenter awaitLoaded() {
        if (loading != null) {
            loaded();
        }
        return this;
    }

    /** The segmentation model, or null for a HanLP-backed segmenter. */
    public CwsModel cws() {
        return loading != null ? loaded().cws : cws;
    }

    /**
     * The segmenter with the models shipped in the jar (loaded once, shared). Returns at once: the models load on
     * background daemon threads (the CWS and POS models in parallel), so a caller can load its other resources
     * meanwhile (the Extractor loads NER next); the first {@link #segment} call waits for them.
     */
    public static Segmenter shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final Segmenter INSTANCE = new Segmenter(load());

        private static java.util.concurrent.CompletableFuture<Segmenter> load() {
            java.util.concurrent.Executor daemon = task -> {
                Thread t = new Thread(task, "tiqu-model-load");
                t.setDaemon(true);
                t.start();
            };
            var pos = java.util.concurrent.CompletableFuture.supplyAsync(PosModel::loadOrNull, daemon);
            var cws = java.util.concurrent.CompletableFuture.supplyAsync(CwsModel::load, daemon);
            return cws.thenCombine(pos, Segmenter::new);
        }
    }

    /** Per-thread buffers (see {@link #SCRATCH}), so the segmenter itself stays stateless. */
    private static final class Scratch {
        final CwsScorer.Buffers cws = new CwsScorer.Buffers();
        int[] labels = new int[256];
        int[] starts = new int[256];
        int[] ends = new int[256];
        String[] tags = new String[256];
        final PosModel.Buffers pos = new PosModel.Buffers();

        void ensure(int n) {
            if (labels.length < n) {
                labels = new int[n * 2];
                starts = new int[n * 2];
                ends = new int[n * 2];
                tags = new String[n * 2];
            }
        }
    }

    /** Reused per thread: a fresh set per call was a fifth of all bytes an extraction allocates. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    public List<Word> segment(String text) {
        if (loading != null) {
            return loaded().segment(text);
        }
        if (cws == null) {
            List<Word> out = new ArrayList<>(Math.max(16, text.length() / 2));
            int[] spans = Sentences.split(text);
            for (int s = 0; s < spans.length; s += 2) {
                hanlpSentence(text, spans[s], spans[s + 1], out);
            }
            return out;
        }
        Scratch scratch = SCRATCH.get();
        return words(text, plan(text, scratch), scratch);
    }

    /**
     * {@link #segment} of each of {@code texts}, the same words; the segmentation model cuts all texts before the
     * POS model tags any, so each model's tables stay in the CPU's caches.
     */
    public List<List<Word>> segmentAll(String[] texts) {
        if (loading != null) {
            return loaded().segmentAll(texts);
        }
        List<List<Word>> out = new ArrayList<>(texts.length);
        if (cws == null) {
            for (String t : texts) {
                out.add(segment(t));
            }
            return out;
        }
        Scratch scratch = SCRATCH.get();
        int[][] plans = new int[texts.length][];
        for (int d = 0; d < texts.length; d++) {
            plans[d] = plan(texts[d], scratch);
        }
        for (int d = 0; d < texts.length; d++) {
            out.add(words(texts[d], plans[d], scratch));
            plans[d] = null;
        }
        return out;
    }

    /** The tagged words of {@code text}, cut as {@code plan} says ({@link #plan}). */
    private List<Word> words(String text, int[] plan, Scratch s) {
        List<Word> words = new ArrayList<>(Math.max(16, text.length() / 2));
        for (int k = 1; k < plan[0]; ) {
            int count = plan[k];
            if (count < 0) { // an opaque char is a token of its own
                words.add(new Word(text.substring(plan[k + 1], plan[k + 2]), plan[k + 1], plan[k + 2], "x"));
                k += 3;
                continue;
            }
            s.ensure(count);
            for (int w = 0; w < count; w++) {
                s.starts[w] = plan[k + 1 + 2 * w];
                s.ends[w] = plan[k + 2 + 2 * w];
            }
            addTagged(text, count, words, s);
            k += 1 + 2 * count;
        }
        return words;
    }

    /**
     * The words of {@code text} without their tags, in order: {@code [used length, then per chunk: word count and
     * each word's start and end, or -1, start and end for an opaque char]}.
     */
    private int[] plan(String text, Scratch s) {
        int[] plan = new int[Math.max(16, text.length() + text.length() / 2)];
        int at = 1;
        int[] spans = Sentences.split(text);
        for (int p = 0; p < spans.length; p += 2) {
            int i = spans[p], to = spans[p + 1];
            while (i < to) {
                char c = text.charAt(i);
                if (Chars.isSpace(c)) {
                    i++;
                    continue;
                }
                if (plan.length < at + 3) {
                    plan = java.util.Arrays.copyOf(plan, plan.length * 2);
                }
                if (Chars.isOpaque(c)) {
                    int end = opaqueEnd(text, i, to);
                    plan[at++] = -1;
                    plan[at++] = i;
                    plan[at++] = end;
                    i = end;
                    continue;
                }
                int j = chunkEnd(text, i, to);
                int count = cut(text, i, j, s);
                if (plan.length < at + 1 + 2 * count) {
                    plan = java.util.Arrays.copyOf(plan, Math.max(plan.length * 2, at + 1 + 2 * count));
                }
                plan[at++] = count;
                for (int w = 0; w < count; w++) {
                    plan[at++] = s.starts[w];
                    plan[at++] = s.ends[w];
                }
                i = j;
            }
        }
        plan[0] = at;
        return plan;
    }

    /** The HanLP-backed path: chunks between whitespace go to HanLP; opaque chars are tokens of their own. */
    private void hanlpSentence(String text, int from, int to, List<Word> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                i++;
                continue;
            }
            if (Chars.isOpaque(c)) {
                int end = opaqueEnd(text, i, to);
                out.add(new Word(text.substring(i, end), i, end, "x"));
                i = end;
                continue;
            }
            int j = chunkEnd(text, i, to);
            hanlpChunk(text, i, j, out);
            i = j;
        }
    }

    /** End of the opaque char at {@code i}: a surrogate pair stays whole. */
    private static int opaqueEnd(String text, int i, int to) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
                ? i + 2 : i + 1;
    }

    /** End of the chunk starting at {@code i}: the next whitespace or opaque char. */
    private static int chunkEnd(String text, int i, int to) {
        int j = i + 1;
        while (j < to && !Chars.isSpace(text.charAt(j)) && !Chars.isOpaque(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Cuts {@code text[from, to)} into words with the segmentation model: @return their count, bounds in s */
    private int cut(String text, int from, int to, Scratch s) {
        int n = to - from;
        s.ensure(n);
        int[] labels = s.labels;
        cws.tagFast(text, from, to, s.cws, labels);
        int[] starts = s.starts;
        int[] ends = s.ends;
        int count = 0;
        int start = from;
        for (int k = 1; k <= n; k++) {
            // a word starts at B or S; reading only starts keeps any label sequence well-formed
            if (k == n || boundary(text, from, n, labels, k, cws.lexicon())) {
                starts[count] = start;
                ends[count] = from + k;
                count++;
                start = from + k;
            }
        }
        for (int w = 0; w + 1 < count; w++) {
            // 他说明天下雨: the model reads 说明/v 天/n (no such case in its training text); a time char left alone
            // after 说明 takes 明 from it (说|明天, 说|明年, 说|明晚), which 说明天气 and 说明年轻人 do not leave
            if (ends[w] - starts[w] == 2 && text.charAt(starts[w]) == '说' && text.charAt(starts[w] + 1) == '明'
                    && ends[w + 1] - starts[w + 1] == 1 && AFTER_MING.indexOf(text.charAt(starts[w + 1])) >= 0) {
                ends[w]--;
                starts[w + 1]--;
            }
        }
        return count;
    }

    /** Chars that make a time word with 明 before them (明天, 明日, 明年, 明晚, 明春). */
    private static final String AFTER_MING = "天日年晚春";

    /**
     * The model's word boundary at offset {@code k} of the chunk {@code text[from, from + n)} (labels[k] is B or S),
     * corrected where Latin letters meet: not inside a run of letters (手机A|PP) but where its case starts a word
     * (56K|Modem), and between a run of two letters or more and Han chars (CEO|马斯克, 手机|APP) unless the model's
     * word is a word of its lexicon (卡拉OK, VCD机) or holds just one Han char there (NEC杯, SG-210AH型, as People's
     * Daily writes them). A single letter stays as the model put it (A股, 甲A).
     */
    static boolean boundary(CharSequence text, int from, int n, int[] labels, int k, Lexicon lexicon) {
        boolean modelCut = labels[k] == CwsModel.B || labels[k] == CwsModel.S;
        char a = text.charAt(from + k - 1), b = text.charAt(from + k);
        boolean la = Chars.isLatinLetter(a), lb = Chars.isLatinLetter(b);
        if (la == lb) { // inside a run of letters only before a capitalised word after capitals (56K|Modem)
            return modelCut && (!la || Character.isUpperCase(a) && Character.isUpperCase(b)
                    && k + 1 < n && Character.isLowerCase(text.charAt(from + k + 1)));
        }
        if (modelCut || !(la ? Chars.isHan(b) && k >= 2 && Chars.isLatinLetter(text.charAt(from + k - 2))
                : Chars.isHan(a) && k + 1 < n && Chars.isLatinLetter(text.charAt(from + k + 1)))) {
            return modelCut;
        }
        // a run of letters and a Han char inside one word of the model: that word's bounds, looked for no further
        // than a dictionary word reaches (a longer one is cut; an endless word of the model costs no more per char)
        int w = k - 1;
        while (w > 0 && k - w <= MAX_WORD && labels[w] != CwsModel.B && labels[w] != CwsModel.S) {
            w--;
        }
        int e = k + 1;
        while (e < n && e - k <= MAX_WORD && labels[e] != CwsModel.B && labels[e] != CwsModel.S) {
            e++;
        }
        if (lexicon != null && lexicon.contains(text, from + w, from + e)) {
            return false;
        }
        return la ? e - k > 1 : k - w > 1;
    }

    /** Longest stretch either side of a letter and Han junction looked at for the model's word around it. */
    private static final int MAX_WORD = 16;


    /** Tags the {@code count} words of one chunk whose bounds are in s and adds them to {@code out}. */
    private void addTagged(String text, int count, List<Word> out, Scratch s) {
        int[] starts = s.starts;
        int[] ends = s.ends;
        String[] tags = s.tags;
        if (pos != null) {
            pos.tag(text, starts, ends, count, s.pos, tags);
        }
        for (int k = 0; k < count; k++) {
            String w = text.substring(starts[k], ends[k]);
            out.add(new Word(w, starts[k], ends[k], pos != null ? tags[k] : PosModel.fallbackTag(w)));
        }
    }

    private void hanlpChunk(String text, int from, int to, List<Word> out) {
        char[] chars = text.substring(from, to).toCharArray();
        List<Term> terms = segment.seg(chars);
        int pos = from;
        int mark = out.size();
        for (Term t : terms) {
            int len = t.word.length();
            if (len == 0 || pos + len > to || !text.regionMatches(pos, t.word, 0, len)) {
                // HanLP changed or lost characters: fall back to one token per char for this chunk
                out.subList(mark, out.size()).clear();
                for (int k = from; k < to; k++) {
                    out.add(new Word(String.valueOf(text.charAt(k)), k, k + 1, "x"));
                }
                return;
            }
            out.add(new Word(t.word, pos, pos + len, t.nature == null ? "x" : t.nature.toString()));
            pos += len;
        }
        for (int k = pos; k < to; k++) {
            out.add(new Word(String.valueOf(text.charAt(k)), k, k + 1, "x"));
        }
    }
}
