package org.tiqu.bench.jmh;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CorpusTest {
    /** The surefire property when it holds the corpus, else shared/data above the working directory (worktrees). */
    private static Path dataDir() {
        String p = System.getProperty(Corpus.DATA_PROPERTY);
        if (p != null && Corpus.holdsCorpus(Path.of(p))) {
            return Path.of(p);
        }
        Optional<Path> up = Corpus.searchUpwards(new ArrayList<>());
        assumeTrue(up.isPresent(), "speed corpus not found (set -Dtiqu.data to the shared data directory); skipped");
        return up.get();
    }

    @Test
    void loadsAtLeast300000CharsOfText() {
        Corpus corpus = Corpus.load(dataDir());
        assertTrue(corpus.chars() >= 300_000, "corpus has only " + corpus.chars() + " chars");
    }

    @Test
    void documentsCarryNoPd98TagsOrIds() {
        for (String d : Corpus.load(dataDir()).documents()) {
            assertFalse(d.contains("/n ") || d.contains("]nt") || d.startsWith("199801"), d);
        }
    }

    @Test
    void untagJoinsWordsWithoutTagsOrBrackets() {
        String line = "19980128-01-001-001/m  [中共中央/nt  国务院/n]nt  举行/v  春节/t  团拜会/n  ";
        assertEquals("中共中央国务院举行春节团拜会", Corpus.untag(line, line.indexOf(' ')));
    }

    @Test
    void speedDaysAreTheTwentySeventhToTheThirtyFirst() {
        assertTrue(Corpus.isSpeedDay("19980127-01-001-001/m  x/n"));
        assertTrue(Corpus.isSpeedDay("19980131-01-001-001/m  x/n"));
        assertFalse(Corpus.isSpeedDay("19980126-01-001-001/m  x/n"));
        assertFalse(Corpus.isSpeedDay("19980117-01-001-001/m  x/n"));
    }

    @Test
    void unpunctuatedLineHasExactSizeAndOnlyLettersOrDigits() {
        String line = Corpus.load(dataDir()).unpunctuatedLine(50_000);
        assertEquals(50_000, line.length());
        assertTrue(line.codePoints().allMatch(Character::isLetterOrDigit));
    }

    @Test
    void documentHasExactSize() {
        assertEquals(700_000, Corpus.load(dataDir()).document(700_000).length());
    }

    @Test
    void namedDataDirWithoutCorpusFailsNamingIt() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Corpus.findDataDir("/nonexistent/tiqu-data"));
        assertTrue(e.getMessage().contains("/nonexistent/tiqu-data"), e.getMessage());
    }
}
