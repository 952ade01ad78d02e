package org.tiqu.robust;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import org.junit.jupiter.api.Test;
import org.tiqu.Extraction;
import org.tiqu.Extractor;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One extractor shared by many threads gives the serial results (document by document or in batches) and leaves
 * HanLP's global state alone.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int PARAGRAPHS = 2000;

    @Test
    void eightThreadsGiveTheSerialResults() throws Exception {
        List<String> paragraphs = Pd98.paragraphs(PARAGRAPHS);
        assertEquals(PARAGRAPHS, paragraphs.size());
        Extractor extractor = Shared.extractor();
        List<String> serial = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            Extraction x = extractor.extract(p);
            Invariants.check(p, x);
            serial.add(canonical(x));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < paragraphs.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed)); // threads meet different texts at once
                    String[] got = new String[paragraphs.size()];
                    start.await();
                    if (seed % 2 == 0) {
                        for (int i : order) {
                            got[i] = canonical(extractor.extract(paragraphs.get(i)));
                        }
                    } else { // half the threads extract in batches
                        for (int from = 0; from < order.size(); from += 400) {
                            List<Integer> part = order.subList(from, Math.min(order.size(), from + 400));
                            List<Extraction> xs = extractor.extractAll(part.stream().map(paragraphs::get).toList());
                            for (int k = 0; k < part.size(); k++) {
                                got[part.get(k)] = canonical(xs.get(k));
                            }
                        }
                    }
                    return Arrays.asList(got);
                }));
            }
            for (int t = 0; t < THREADS; t++) {
                List<String> got = results.get(t).get(10, TimeUnit.MINUTES);
                for (int i = 0; i < serial.size(); i++) {
                    assertEquals(serial.get(i), got.get(i), "thread " + t + ", paragraph " + i + ": " + paragraphs.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void buildAndExtractLeaveHanlpGlobalStateUnchanged() throws Exception {
        // HanLP's own lazy loading (core, bigram, name/place/organization dictionaries, the global custom
        // dictionary) happens first, so only what tiqu itself does is measured
        new ViterbiSegment().enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true)
                .seg("江泽民在北京会见了中共中央办公厅的同志。");
        Map<String, Object> before = globalState();
        Extractor extractor = Extractor.builder().build();
        assertEquals(before, globalState(), "after build()");
        for (String s : Adversarial.SENTENCES) {
            extractor.extract(s);
        }
        extractor.extract("兵团第六师五家渠市党委书记宋宏利，新疆天鹅现代农业机械装备有限公司");
        assertEquals(before, globalState(), "after extract()");
        assertTrue(CustomDictionary.DEFAULT.dat.size() > 0, "the global custom dictionary was loaded for the check");
    }

    /** Every public static field of HanLP.Config (by value), the global dictionaries (by identity and size), Nature count. */
    private static Map<String, Object> globalState() throws IllegalAccessException {
        Map<String, Object> state = new LinkedHashMap<>();
        for (Field f : HanLP.Config.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                Object v = f.get(null);
                state.put("Config." + f.getName(), v instanceof Object[] a ? Arrays.deepToString(a) + "@" + System.identityHashCode(a)
                        : v == null || v instanceof String || v instanceof Boolean ? v : v.getClass().getName() + "@" + System.identityHashCode(v));
            }
        }
        DynamicCustomDictionary custom = CustomDictionary.DEFAULT;
        state.put("CustomDictionary.DEFAULT", System.identityHashCode(custom));
        state.put("CustomDictionary.DEFAULT.dat", System.identityHashCode(custom.dat) + "/" + custom.dat.size());
        state.put("CustomDictionary.DEFAULT.trie", custom.trie == null ? "null" : System.identityHashCode(custom.trie) + "/" + custom.trie.size());
        state.put("CustomDictionary.DEFAULT.path", Arrays.toString(custom.path));
        state.put("CoreDictionary.trie", System.identityHashCode(CoreDictionary.trie) + "/" + CoreDictionary.trie.size());
        state.put("Nature.values", Nature.values().length);
        return state;
    }

    /** Everything a result says, as one string. */
    static String canonical(Extraction x) {
        return x.length() + "|" + x.tokens() + "|" + x.entities() + "|" + x.keywords() + "|" + x.referenceDate()
                + "|" + x.referenceSource();
    }
}
