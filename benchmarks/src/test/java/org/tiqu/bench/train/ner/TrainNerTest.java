package org.tiqu.bench.train.ner;

import org.junit.jupiter.api.Test;
import org.tiqu.internal.ner.NerLexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TrainNerTest {
    @Test
    void paragraphsAreCutIntoTheSentencesTheRecognizerTagsWithTheirSpansShifted() {
        Pd98.Paragraph p = Pd98.parse("19980105-01-001-002/m  江/nr  泽民/nr  到/v  北京/ns  。/w  "
                + "李/nr  鹏/nr  说/v  ：/w  “/w  好/a  。/w  ”/w");
        List<Pd98.Paragraph> s = TrainNer.sentences(List.of(p));
        assertEquals(2, s.size());
        assertEquals("江泽民到北京。", s.get(0).text());
        assertEquals(List.of(new Pd98.Span(0, 0, 3), new Pd98.Span(1, 4, 6)), s.get(0).spans());
        assertEquals("李鹏说：“好。”", s.get(1).text());
        assertEquals(List.of(new Pd98.Span(0, 0, 2)), s.get(1).spans());
        assertEquals(p.id(), s.get(1).id());
    }

    /**
     * The shipped tagger was trained on the lexicon as it is: an edit of facts.txt (or the divisions) that changes what
     * the lexicon marks on the training text means the tagger must be retrained (TrainNer, see the README), or the
     * tagger meets codes at run time that it never saw in training.
     */
    @Test
    void shippedTaggerWasTrainedOnTheCurrentLexicon() throws IOException {
        String dir = System.getProperty("tiqu.data");
        Path corpus = dir == null ? null : Path.of(dir, "pd98", "199801.utf8.txt");
        assumeTrue(corpus != null && Files.isRegularFile(corpus),
                "People's Daily corpus not found (system property tiqu.data = " + dir + "); skipped");
        assumeTrue(Pd98.TRAIN_END == 19980127 && System.getProperty("tiqu.ner.holdOut") == null, "a held-out run");
        String stored;
        try (InputStream in = TrainNerTest.class.getResourceAsStream("/org/tiqu/ner/" + TrainNer.LEXICON_FINGERPRINT)) {
            assertNotNull(in, TrainNer.LEXICON_FINGERPRINT + " missing beside the shipped model");
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).findFirst().orElse("").trim();
        }
        List<Pd98.Paragraph> train = Pd98.read(corpus).stream().filter(Pd98::isTrain).toList();
        long now = TrainNer.lexiconFingerprint(train, NerLexicon.withSeenNames(TrainNer.names(train, -1)));
        assertEquals(stored, Long.toHexString(now), "the lexicon's codes on the training text changed since the tagger "
                + "was trained: retrain it (TrainNer, README \"Rebuilding the shipped resources\")");
    }
}
