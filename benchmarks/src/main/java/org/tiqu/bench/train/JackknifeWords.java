package org.tiqu.bench.train;

import org.tiqu.internal.ner.NerFeatures;
import org.tiqu.internal.seg.Segmenter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The segmenter's words for the NER tagger's trainer ({@link NerFeatures#wordInfo}), by paragraph ({@link #key}). Each training
 * paragraph is segmented and POS-tagged by models trained without its fold (the NER trainer's day folds), so the
 * tagger learns how far to trust the words on text the segmenter never saw, as at run time; the other paragraphs
 * (the evaluated slice) by models trained on the whole training split, as the shipped ones are.
 */
public final class JackknifeWords {
    /** Folds by day, as {@code TrainNer} folds the names it has seen. */
    public static final int FOLDS = 5;
    private static final int EPOCHS = 6;

    private JackknifeWords() {
    }

    /** The fold of a paragraph of day {@code date} (yyyymmdd). */
    public static int fold(int date) {
        return (date % 100) % FOLDS;
    }

    /** The key of a paragraph in {@link #words}: its id and length (one id of the corpus names two paragraphs). */
    public static String key(String id, int length) {
        return id + ":" + length;
    }

    /**
     * @param corpus People's Daily 1998-01 ({@code pd98/199801.utf8.txt}); the training split is what
     *               {@code tiqu.ner.trainEnd} / {@code tiqu.ner.holdOut} leave of days 1–27
     */
    public static Map<String, int[]> words(Path corpus) throws IOException {
        List<Pd98.Paragraph> all = Pd98.read(corpus);
        List<Pd98.Paragraph> train = all.stream().filter(Pd98.Paragraph::isTrain).toList();
        Map<String, int[]> out = new HashMap<>();
        for (int k = 0; k <= FOLDS; k++) {
            int fk = k; // FOLDS: the whole training split segments the paragraphs outside it
            List<Pd98.Paragraph> rest = train.stream().filter(p -> fold(p.date()) != fk).toList();
            List<Pd98.Paragraph> mine = k < FOLDS
                    ? train.stream().filter(p -> fold(p.date()) == fk).toList()
                    : all.stream().filter(p -> !p.isTrain()).toList();
            System.err.printf("segmentation fold %d: trained on %d paragraphs, segments %d%n", k, rest.size(), mine.size());
            Segmenter seg = new Segmenter(TrainModels.trainCws(rest, List.of(), null, EPOCHS, "jackknife", 1.0f, true),
                    TrainModels.trainPos(rest, List.of(), EPOCHS, 1.0f));
            for (Pd98.Paragraph p : mine) {
                String text = p.text();
                out.put(key(p.id(), text.length()), NerFeatures.wordInfo(text.length(), seg.segment(text)));
            }
        }
        return out;
    }
}
