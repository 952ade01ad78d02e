package org.tiqu.internal.ner;

import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.recognize.Recognizer;
import org.tiqu.internal.seg.FactNames;
import org.tiqu.internal.text.Chars;
import org.tiqu.internal.text.Sentences;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * PERSON / PLACE / ORGANIZATION: a character tagger ({@link CharTagger}, trained on People's Daily 1998-01) proposes
 * spans sentence by sentence; {@link EntityRules} adds what grammar and real-world lexicons know (organisation
 * names built from place + suffix, names after titles and in name lists) and drops person names that are
 * fragments of a place or organisation name. Immutable and thread-safe.
 */
public final class NerRecognizer implements Recognizer {
    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION};

    private final CharTagger tagger;
    private final NerLexicon lexicon;
    private final PersonFilter personFilter;

    public NerRecognizer() {
        this(defaultTagger(), NerLexicon.get(), PersonFilter.shipped());
    }

    NerRecognizer(CharTagger tagger, NerLexicon lexicon, PersonFilter personFilter) {
        this.tagger = tagger;
        this.lexicon = lexicon;
        this.personFilter = personFilter;
    }

    private static final class Holder {
        static final CharTagger TAGGER = load();

        private static CharTagger load() {
            try (InputStream in = NerRecognizer.class.getResourceAsStream("/org/tiqu/ner/ner-model.bin.gz")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource /org/tiqu/ner/ner-model.bin.gz");
                }
                return CharTagger.read(new GZIPInputStream(in, 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read tiqu's NER model", e);
            }
        }
    }

    /** @return the bundled tagger (loaded once) */
    public static CharTagger defaultTagger() {
        return Holder.TAGGER;
    }

    @Override
    public void recognize(Document doc, List<Mention> out) {
        recognize(doc, out, null);
    }

    /**
     * As {@link #recognize(Document, List)}; with a sink, every PERSON mention is reported to it with the features
     * {@link PersonFilter} reads, and none is dropped (for training the filter).
     */
    public void recognize(Document doc, List<Mention> out, PersonFilter.Sink personSink) {
        applyRules(doc, tag(doc, code(doc), personSink != null), out, personSink);
    }

    /** Tags every document, then runs the rules on every document: the tagger's tables stay in the caches. */
    @Override
    public void recognizeAll(Document[] docs, List<Mention>[] out) {
        Tagged[] tagged = new Tagged[docs.length];
        Coded[] coded = new Coded[docs.length];
        for (int i = 0; i < docs.length; i++) {
            coded[i] = code(docs[i]);
        }
        for (int i = 0; i < docs.length; i++) {
            tagged[i] = tag(docs[i], coded[i], false);
            coded[i] = null;
        }
        for (int i = 0; i < docs.length; i++) {
            applyRules(docs[i], tagged[i], out[i], null);
            tagged[i] = null;
        }
    }

    /** One document after the tagger: its coded chars and the spans the tagger proposed. */
    private record Tagged(Coded coded, List<Mention> found, float[] personness) {
    }

    /** Folded chars, their lexicon codes (the tagger's lexicon features) and the lexicon's matches. */
    private record Coded(char[] c, int[] codes, int[] words, List<int[]> hits) {
    }

    private Coded code(Document doc) {
        String text = doc.chars();
        char[] c = NerFeatures.fold(text, 0, text.length());
        List<int[]> hits = new ArrayList<>();
        return new Coded(c, NerFeatures.lexiconCodes(c, lexicon, hits), NerFeatures.wordInfo(c.length, doc.words()), hits);
    }

    private Tagged tag(Document doc, Coded coded, boolean sink) {
        String text = doc.chars();
        char[] c = coded.c();
        int[] codes = coded.codes();
        List<Mention> found = new ArrayList<>();
        int[] spans = Sentences.trimmed(text);
        float[] personness = sink || !personFilter.keepsAll() ? new float[c.length] : null;
        for (int s = 0; s < spans.length; s += 2) {
            tagSentence(c, codes, coded.words(), spans[s], spans[s + 1], found, personness);
        }
        return new Tagged(coded, found, personness);
    }

    private void applyRules(Document doc, Tagged t, List<Mention> out, PersonFilter.Sink personSink) {
        char[] c = t.coded().c();
        List<int[]> hits = t.coded().hits();
        List<Mention> found = t.found();
        float[] personness = t.personness();
        boolean[] cut = new boolean[c.length + 1];
        cut[0] = true;
        cut[c.length] = true;
        boolean[] notName = new boolean[c.length];
        int[] brand = new int[c.length];
        byte[] posStart = new byte[c.length + 1];
        byte[] posEnd = new byte[c.length + 1];
        int[] placeWord = new int[c.length + 1]; // end of the segmenter's place word (ns) starting at p, else 0
        String prevPos = "";
        for (org.tiqu.internal.seg.Word w : doc.words()) {
            cut[w.start()] = true;
            cut[w.end()] = true;
            byte pc = PersonRules.posClass(w.pos());
            posStart[w.start()] = pc;
            posEnd[w.end()] = pc;
            if (w.end() - w.start() >= 2 && w.pos().equals("ns")) {
                placeWord[w.start()] = w.end();
            }
            if (notNamePos(w.pos())) {
                for (int i = w.start(); i < w.end(); i++) { // words are short (Arrays.fill per word showed in profiles)
                    notName[i] = true;
                }
            } else if (describesObject(w.pos(), prevPos, w.end() - w.start())) {
                notName[w.start()] = true;
            } else if (w.end() - w.start() >= 2 && (w.pos().equals("nz") || w.pos().equals("nx"))) {
                brand[w.start()] = w.end();
            }
            prevPos = w.pos();
        }
        // a span of the tagger longer than any name (第八师第八师…, units run on without a separator) names nothing;
        // the rules find the names inside it
        found.removeIf(m -> m.length() > MAX_TAGGED);
        EntityRules.HitIndex byStart = new EntityRules.HitIndex(hits, c.length); // the lexicon's hits by start
        dictionaryBrands(doc.words(), brand);
        personsOverProperNouns(c, placeWord, brand, lexicon, hits, found);
        foreignPlacesReadAsPersons(c, cut, hits, found);
        PlaceAlignment.apply(c, cut, placeWord, byStart, found);
        PlaceAlignment.placesInsideVerbs(c, cut, posEnd, found);
        PlaceAlignment.countriesBeforePlaces(c, placeWord, found);
        PlaceAlignment.startsInsideLexiconPlaces(byStart, found);
        PlaceAlignment.shortPlacesInsideWords(c, cut, placeWord, byStart, found);
        PlaceAlignment.placesBeforeGluedLocatives(c, cut, hits, found);
        PlaceAlignment.terrainStarts(c, cut, posEnd, found);
        PlaceAlignment.subdistricts(c, cut, found);
        PlaceAlignment.roadStarts(c, cut, posEnd, found);
        PlaceAlignment.completePlaceWords(c, placeWord, lexicon, found);
        PlaceAlignment.countedUnits(c, found);
        modernWordsAsNames(c, lexicon, found);
        EntityRules.splitOrganisations(c, cut, posStart, notName, lexicon, hits, found);
        EntityRules.parallelBodies(c, found);
        EntityRules.producePlaces(c, cut, posStart, lexicon, found);
        EntityRules.villagePlaces(c, cut, posStart, found);
        EntityRules.organisationsIntoVerbs(c, cut, posStart, found);
        EntityRules.placesBuildingFacilities(c, cut, posStart, found);
        EntityRules.organisationsOverVerbs(c, cut, posStart, posEnd, byStart, found);
        EntityRules.airportBuildings(c, found);
        EntityRules.memorialHalls(c, cut, notName, hits, found);
        EntityRules.serviceCentres(c, byStart, found);
        EntityRules.teamsAfterLeagues(c, found);
        EntityRules.competitionLegs(c, found);
        EntityRules.compassParts(c, found);
        EntityRules.unitsBeforeTheirHeads(c, cut, found);
        EntityRules.apply(c, cut, notName, brand, lexicon, hits, byStart, found);
        EntityRules.headquartersOfPlaces(c, placeWord, found);
        EntityRules.relatedCompanies(c, found);
        EntityRules.foundedBodies(c, found);
        EntityRules.branchesOfFirms(c, cut, posStart, found);
        PersonRules.apply(c, cut, posStart, posEnd, lexicon, hits, found);
        personFilter.apply(c, cut, posStart, posEnd, lexicon, hits, personness, found, personSink);
        PersonRules.namedSurnames(c, lexicon, found);
        PersonRules.writtenForms(c, lexicon, found);
        PersonRules.bracketedGivenNames(c, cut, posStart, lexicon, found);
        PersonRules.halfBrackets(c, found);
        PersonRules.halfQuotes(c, found);
        PersonRules.borrowedTails(c, lexicon, found);
        PersonRules.reportedBy(c, lexicon, hits, found);
        PersonRules.athletes(c, lexicon, found);
        PersonRules.opponents(c, lexicon, found);
        PersonRules.titledForeigners(c, cut, lexicon, hits, found);
        PersonRules.abduNames(c, found);
        PersonRules.gulNames(c, cut, posStart, found);
        PersonRules.janNames(c, lexicon, found);
        PersonRules.hyphenatedFirstNames(c, cut, found);
        PersonRules.rankedPlayers(c, lexicon, found);
        PersonRules.dottedNameWords(c, cut, posStart, lexicon, found);
        PersonRules.dottedRuns(c, cut, lexicon, found);
        PersonRules.dottedNameEdges(c, cut, posStart, lexicon, found);
        PersonRules.titledDottedStarts(c, cut, hits, found);
        PersonRules.addressedPlaces(c, cut, lexicon, found);
        PersonRules.nationals(c, cut, posStart, lexicon, found);
        PersonRules.shrinkToTextNames(c, cut, lexicon, found);
        PersonRules.growToTextNames(c, found);
        PersonRules.thirdNameChars(c, cut, posStart, posEnd, lexicon, found);
        PersonRules.craftNames(c, found);
        PersonRules.speechTails(c, cut, posStart, lexicon, found);
        PersonRules.storyNames(c, cut, found);
        PersonRules.lineNames(c, cut, posStart, lexicon, found);
        PersonRules.paddedNames(c, lexicon, found);
        PersonRules.listedPlaces(c, cut, found);
        PersonRules.itemsBetweenLikeItems(c, lexicon, found);
        PersonRules.placesAfterPlaceWords(c, lexicon, found);
        PersonRules.dropPrizeNames(c, found);
        PersonRules.ports(c, found);
        PersonRules.namesBeforeAt(c, found);
        PersonRules.dropDirections(c, found);
        PersonRules.companiesNamedLikePersons(c, cut, found);
        PersonRules.facilitiesNamedAfterPersons(c, lexicon, found);
        EntityRules.tradeNameFirms(c, cut, notName, found);
        PersonRules.dropStormAndUserNames(c, found);
        PersonRules.dropNegatedNames(c, found);
        PersonRules.dropInterrogatives(c, found);
        PersonRules.degreeComments(c, found);
        PersonRules.adverbTails(c, found);
        PersonRules.prepositionTails(c, lexicon, found);
        PersonRules.dropPhraseStarts(c, found);
        PersonRules.personsBesidePersons(c, lexicon, found);
        PersonRules.listedThings(c, cut, brand, lexicon, found);
        PersonRules.personsAmongNouns(c, cut, posStart, posEnd, lexicon, found);
        PersonRules.personsBeforePersonWords(c, lexicon, found);
        PersonRules.placesEndingInAddressTerms(c, found);
        PersonRules.placesAfterTitles(c, cut, posStart, hits, found);
        PersonRules.titledNounNames(c, cut, posStart, lexicon, hits, found);
        PersonRules.placesNamedAsPersons(c, lexicon, found);
        EntityRules.lexiconPlaces(c, placeWord, hits, found);
        EntityRules.placesBeforeHeads(c, cut, hits, found);
        EntityRules.oneCharTownships(c, cut, found);
        EntityRules.townshipVillages(c, lexicon, found);
        EntityRules.villagesAfterTownships(c, cut, posStart, placeWord, found);
        PlaceAlignment.riversBeforeBanks(c, hits, found);
        EntityRules.bracketedPlaces(c, lexicon, found);
        EntityRules.splitUnitLists(c, lexicon, found);
        EntityRules.namesBeforeUnits(c, lexicon, hits, found);
        EntityRules.transferProjects(c, found);
        EntityRules.dashedPairOrganisations(c, hits, found);
        EntityRules.projectBodies(c, cut, notName, found);
        EntityRules.dropBareLevelDepartments(c, found);
        EntityRules.levelCongresses(c, cut, found);
        EntityRules.levelHospitals(c, cut, found);
        EntityRules.corpsBranches(c, found);
        EntityRules.warships(c, lexicon, found); // last: the lexicon's places are in
        latinNames(doc, c, lexicon, hits, found);
        modernWordsAsNames(c, lexicon, found);
        EntityRules.countedDivisions(c, lexicon, found);
        EntityRules.branchesAfterFirms(c, found);
        EntityRules.countsInsideOrganisations(c, cut, found);
        EntityRules.partyCentres(c, found);
        EntityRules.branchesAfterBanks(c, cut, lexicon, found);
        EntityRules.museumsOfBodies(c, cut, lexicon, found);
        EntityRules.ownedBodies(c, cut, found);
        EntityRules.addressesAndSections(c, cut, placeWord, found);
        EntityRules.programmeNames(c, found);
        EntityRules.placesInsideNameWords(c, cut, lexicon, found);
        PersonRules.dropStormAndUserNames(c, found); // again: the lexicon's places are back in (网友“天山雪莲”)
        out.addAll(found);
    }

    /** Longest span of the tagger kept (People's Daily 1998-01's longest name, an organisation, is 34 chars). */
    static final int MAX_TAGGED = 64;

    /**
     * A person or place of the tagger that is exactly one of the segmenter's words of today's news ({@link
     * FactNames#modernWords}: 巴旦木, 恰玛古, 储能) is none: they are ordinary words, which the tagger, trained on 1998's
     * news, never saw and read by their chars (巴 and 木 as in 巴楚, 木垒); nor a person that is such a word and one
     * char (阿依特斯|弹唱会), nor one that is the start of such a word (阿肯 of 阿肯弹唱). Run again after the person
     * rules, which read a name into a word the segmenter tagged nr (艾德莱斯/nr 绸).
     */
    static void modernWordsAsNames(char[] c, NerLexicon lex, List<Mention> found) {
        java.util.Set<String> modern = FactNames.modernWords();
        found.removeIf(m -> m.length() >= 2 && m.priority() < Mention.Priority.USER_LEXICON
                && ((m.type() == EntityType.PERSON || m.type() == EntityType.PLACE) && MODERN_FIRST.has(c[m.start()])
                && (modern.contains(new String(c, m.start(), m.length())) || startsModernWord(c, m, modern)
                || m.type() == EntityType.PERSON && m.length() >= 4
                && modern.contains(new String(c, m.start(), m.length() - 1)))
                || m.type() == EntityType.ORGANIZATION && plantOf(c, m.start(), m.end(), modern, lex)));
    }

    /** First chars of the modern words: most mentions start with none and need no look-up. */
    private static final org.tiqu.internal.text.CharSet MODERN_FIRST = new org.tiqu.internal.text.CharSet();

    static {
        for (String w : FactNames.modernWords()) {
            MODERN_FIRST.add(w.charAt(0));
        }
    }

    /** The mention is the start of a modern word of the text one or two chars longer (阿肯|弹唱 of 阿肯弹唱会). */
    private static boolean startsModernWord(char[] c, Mention m, java.util.Set<String> modern) {
        for (int len = m.length() + 1; len <= m.length() + 2 && m.start() + len <= c.length; len++) {
            if (modern.contains(new String(c, m.start(), len))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether [s, e) is a modern word and 厂 or 工厂 (晶圆厂, 光伏厂): a kind of plant, as 电池厂 is, not one
     * named; the tagger, which never saw the word, read it as a name.
     */
    private static boolean plantOf(char[] c, int s, int e, java.util.Set<String> modern, NerLexicon lex) {
        if (c[e - 1] != '厂') {
            return false;
        }
        int head = e - s >= 4 && c[e - 2] == '工' ? 2 : 1;
        String word = new String(c, s, Math.max(0, e - head - s));
        return word.length() >= 2 && modern.contains(word) && lex.categories(word) == 0;
    }

    /** Verbs of saying after a name. */
    private static final java.util.Set<String> SAYING = java.util.Set.of("表示", "说", "指出", "认为", "称", "介绍",
            "强调", "透露", "坦言", "回应");

    /** Titles written in Latin letters that news puts before a name (苹果公司CEO库克). */
    private static final java.util.Set<String> LATIN_TITLES = java.util.Set.of("CEO", "CFO", "COO", "CTO", "CIO",
            "CMO", "VP");

    /**
     * Latin words beside names, which the rules cannot see (the folded text reads every letter as A), where nothing
     * else was found: a name the segmenter tagged nr (one word, or a surname and a given name) right after a Latin
     * title ({@link #LATIN_TITLES}) is a person (美国CEO|库克); any other word of two Latin letters or more right
     * before a title of office is the body the title belongs to (OpenAI|首席执行官, BBC|记者), as a Han name there
     * is, and so is one the lexicon knows as an organisation anywhere (据CNN报道). Two or three capitalised words
     * after a title or before a verb of saying are a person (首席执行官Sam Altman表示). Asked only at Latin words.
     */
    static void latinNames(Document doc, char[] c, NerLexicon lex, List<int[]> hits, List<Mention> found) {
        List<org.tiqu.internal.seg.Word> ws = doc.words();
        EntityRules.Overlaps taken = null; // built at the first Latin word: most texts have none
        boolean[] titleAt = null; // a title of the lexicon starts here
        boolean[] titleEndAt = null; // one ends here
        List<Mention> added = new ArrayList<>();
        for (int k = 0; k < ws.size(); k++) {
            org.tiqu.internal.seg.Word t = ws.get(k);
            // the segmenter tags a Latin word nx, or nr where it reads a name (Elon/nr Musk/nx)
            if (!t.pos().equals("nx") && !t.pos().equals("nr") || t.end() - t.start() < 2 || !latinOnly(t.text())) {
                continue;
            }
            if (taken == null) {
                taken = new EntityRules.Overlaps(c.length, found, m -> true);
                titleAt = new boolean[c.length + 1];
                titleEndAt = new boolean[c.length + 1];
                for (int[] h : hits) {
                    titleAt[h[0]] |= (h[2] & NerLexicon.TITLE) != 0;
                    titleEndAt[h[1]] |= (h[2] & NerLexicon.TITLE) != 0;
                }
            }
            int named = latinPersonEnd(ws, k);
            // a title ends right before it, at most one space away (首席执行官Sam, 财长 Janet)
            if (named > 0 && (k > 0 && t.start() - ws.get(k - 1).end() <= 1 && titleEndAt[ws.get(k - 1).end()]
                    || named < ws.size() && SAYING.contains(ws.get(named).text()))) {
                int end = ws.get(named - 1).end();
                if (!taken.any(t.start(), end)) {
                    added.add(new Mention(EntityType.PERSON, t.start(), end, null, Mention.Priority.RULE));
                }
                k = named - 1;
                continue;
            }
            if (!LATIN_TITLES.contains(t.text().toUpperCase())) {
                boolean known = (lex.categories(t.text()) & NerLexicon.ORG) != 0; // BBC, CNN of the facts list
                if ((titleAt[t.end()] || known) && !taken.any(t.start(), t.end())) {
                    added.add(new Mention(EntityType.ORGANIZATION, t.start(), t.end(), null, Mention.Priority.RULE));
                }
                continue;
            }
            if (k + 1 == ws.size()) {
                continue;
            }
            int start = ws.get(k + 1).start(), end = start;
            int next = k + 1; // the word after the name's words
            for (; next < ws.size() && ws.get(next).pos().startsWith("nr") && ws.get(next).start() == end
                    && end - start < 4; next++) {
                end = ws.get(next).end();
            }
            // CEO|李/nr 想/v 表示: a surname alone, then one char and a verb of saying, is a two-char name
            if (end - start == 1 && next + 1 < ws.size() && ws.get(next).start() == end
                    && ws.get(next).end() == end + 1 && SAYING.contains(ws.get(next + 1).text())) {
                end++;
            }
            if (start - t.end() <= 1 && end - start >= 2 && end - start <= 4 && EntityRules.hanName(c, start, end)
                    && !taken.any(start, end)) {
                added.add(new Mention(EntityType.PERSON, start, end, null, Mention.Priority.RULE));
            }
        }
        found.addAll(added);
    }

    /**
     * Where a name written in Latin letters that starts at word {@code k} ends: two or three capitalised words
     * (Sam Altman, Janet Yellen), one space apart; the index of the word after it, or 0.
     */
    private static int latinPersonEnd(List<org.tiqu.internal.seg.Word> ws, int k) {
        int n = k;
        while (n < ws.size() && n - k < 3 && capitalised(ws.get(n).text())
                && (n == k || ws.get(n).start() - ws.get(n - 1).end() == 1)) {
            n++;
        }
        return n - k >= 2 ? n : 0;
    }

    /** A word of Latin letters, the first a capital and the rest small (Altman; not CEO, iPhone). */
    private static boolean capitalised(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !latinOnly(w)) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean latinOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!org.tiqu.internal.text.Chars.isLatinLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A tagged person whose first word is a brand of the segmenter, or a place of the segmenter that the lexicon
     * knows as a place, ending inside it (华为/nz|云, 阿里/ns|云 before 总裁) is no person: the tagger read a surname
     * and given name across a word known whole. A place word the lexicon does not know may be a name the segmenter
     * misread (武藤敏/ns|郎), and so may a brand that is a family name of the lexicon (伊藤/nz|美诚). Nor is a one-char person right after a lexicon organisation or a brand (腾讯|云
     * before 总裁: a product of the company).
     */
    static void personsOverProperNouns(char[] c, int[] placeWord, int[] brand, NerLexicon lexicon, List<int[]> hits,
                                       List<Mention> found) {
        // built only for a one-char person: most texts have none (a loop: the stream this was showed in profiles)
        boolean onePerson = false;
        for (Mention m : found) {
            onePerson |= m.type() == EntityType.PERSON && m.length() == 1 && m.priority() < Mention.Priority.RULE;
        }
        boolean[] ends = onePerson ? bodyEnds(c.length, brand, hits) : null;
        found.removeIf(m -> m.type() == EntityType.PERSON && m.priority() < Mention.Priority.RULE
                && (insideEnd(brand[m.start()], m) && !familyName(c, m.start(), brand[m.start()], lexicon)
                || insideEnd(placeWord[m.start()], m) && knownPlace(c, m.start(),
                placeWord[m.start()], lexicon) || m.length() == 1 && ends != null && ends[m.start()]));
    }

    /** The brand word is a family name of the lexicon's (伊藤/nz|美诚: a Japanese name the segmenter took for a brand). */
    private static boolean familyName(char[] c, int start, int end, NerLexicon lexicon) {
        return end - start >= 2 && (lexicon.categories(new String(c, start, end - start)) & NerLexicon.SURNAME) != 0;
    }

    /**
     * 攻占|阿勒|颇: a transliterated person of the tagger that starts where a longer place of the lexicon (three chars or
     * more, ending a word, not a Chinese division's name) starts and ends inside it is that place read in part
     * (阿勒/nr 颇/d by the segmenter, which does not know 阿勒颇): the person gives way, and the place is then found
     * as every lexicon place is.
     */
    static void foreignPlacesReadAsPersons(char[] c, boolean[] cut, List<int[]> hits, List<Mention> found) {
        int[] placeEnd = null; // end of the longest such place starting at p, built at the first: most texts have none
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.PLACE) != 0 && h[1] - h[0] >= 3 && cut[h[1]] && "市县区镇乡村州省".indexOf(c[h[1] - 1]) < 0) {
                placeEnd = placeEnd == null ? new int[c.length + 1] : placeEnd;
                placeEnd[h[0]] = Math.max(placeEnd[h[0]], h[1]);
            }
        }
        if (placeEnd == null) {
            return;
        }
        int[] ends = placeEnd;
        found.removeIf(m -> m.type() == EntityType.PERSON && m.priority() < Mention.Priority.RULE
                && ends[m.start()] > m.end() && translit(c, m.start(), m.end()));
    }

    private static boolean translit(char[] c, int b, int e) {
        for (int i = b; i < e; i++) {
            if (!PersonRules.TRANSLIT.has(c[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean knownPlace(char[] c, int start, int end, NerLexicon lexicon) {
        return (lexicon.categories(new String(c, start, end - start)) & NerLexicon.PLACE) != 0;
    }

    /**
     * Where a brand word or a lexicon organisation ends; not a tagged one, whose officer may follow by surname alone
     * (组委会|于|副秘书长).
     */
    private static boolean[] bodyEnds(int n, int[] brand, List<int[]> hits) {
        boolean[] ends = new boolean[n + 1];
        for (int p = 0; p < n; p++) {
            ends[brand[p]] |= brand[p] > 0;
        }
        for (int[] h : hits) {
            ends[h[1]] |= (h[2] & NerLexicon.ORG) != 0;
        }
        return ends;
    }

    private static boolean insideEnd(int wordEnd, Mention m) {
        return wordEnd > m.start() && wordEnd < m.end();
    }

    /** Company endings after which the word before may be a brand the segmenter did not tag nz (西门子|公司). */
    private static final String[] COMPANY_HEADS = {"公司", "集团", "银行"};
    private static final String HEAD_FIRSTS = java.util.Arrays.stream(COMPANY_HEADS).map(h -> h.substring(0, 1))
            .collect(java.util.stream.Collectors.joining());

    /**
     * A noun of two to four chars right before a company ending (西门子|公司), or before one more noun and the ending
     * (野村|证券|公司), that HanLP's core dictionary knows mostly as a proper noun (西门子 nz, 大和 nz) is a brand too:
     * the segmenter, trained on one month of People's Daily, tags brands it has not seen as common nouns or places.
     * Only words before a company ending are looked up, which are few.
     */
    static void dictionaryBrands(List<org.tiqu.internal.seg.Word> words, int[] brand) {
        for (int i = 0; i + 1 < words.size(); i++) {
            org.tiqu.internal.seg.Word w = words.get(i);
            if (w.length() < 2 || w.length() > 4 || brand[w.start()] != 0 || w.pos().isEmpty() || w.pos().charAt(0) != 'n') {
                continue;
            }
            boolean head = startsWithHead(words.get(i + 1).text())
                    || i + 2 < words.size() && words.get(i + 1).pos().equals("n") && startsWithHead(words.get(i + 2).text());
            if (head && Words.mostlyProperNoun(w.text())) {
                brand[w.start()] = w.end();
            }
        }
    }

    private static boolean startsWithHead(String word) {
        if (word.isEmpty() || HEAD_FIRSTS.indexOf(word.charAt(0)) < 0) {
            return false; // most words: one char compare instead of three startsWith
        }
        for (String h : COMPANY_HEADS) {
            if (word.startsWith(h)) {
                return true;
            }
        }
        return false;
    }

    /** Parts of speech that never sit inside an organisation's name: verbs (not verbal nouns), numerals, function words. */
    /**
     * A one-char adjective after a verbal noun describes its object (建设|新|工厂): People's Daily 1998-01-01..27 has
     * it 92 times, never inside a name.
     */
    static boolean describesObject(String pos, String prevPos, int length) {
        return length == 1 && pos.equals("a") && prevPos.equals("vn");
    }

    static boolean notNamePos(String pos) {
        if (pos.isEmpty()) {
            return false;
        }
        char p = pos.charAt(0);
        if (p == 'v') {
            return !pos.equals("vn");
        }
        return p == 'm' || p == 'q' || p == 'p' || p == 'c' || p == 'u' || p == 'd' || p == 'r' || p == 'w' || p == 'y'
                || p == 'e' || p == 'o';
    }

    private void tagSentence(char[] all, int[] allCodes, int[] words, int b, int e, List<Mention> out, float[] personness) {
        // a sentence comes without the blanks and line break at its edges (Sentences.trimmed): the tagger, trained on
        // the same sentences, reads a name before or after a break as it would at a sentence's edge (a byline alone
        // on its line, 向贤彪⏎, was lost when the break was left in)
        int from = b;
        int[] labels = new int[e - b];
        tagger.tag(all, allCodes, words, b, e, labels, personness);
        // a span starts and ends at no blank: the tagger, which reads padded names (王  刚) with their blanks, may
        // run one in from a blank before it (通讯员 古丽米拉·阿不都), and rules compare mentions' edges
        CharTagger.decode(labels, (type, start, end) -> {
            int s = from + start;
            int t = from + end;
            while (s < t && Chars.isSpace(all[s])) {
                s++;
            }
            while (t > s && Chars.isSpace(all[t - 1])) {
                t--;
            }
            if (t > s) {
                out.add(new Mention(TYPES[type], s, t));
            }
        });
    }
}
