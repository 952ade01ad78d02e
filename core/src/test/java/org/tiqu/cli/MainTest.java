package org.tiqu.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiqu.EntityType;
import org.tiqu.internal.text.NormalizedText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command-line contract of DESIGN.md, run in-process on temp files: unreadable inputs are named on stderr
 * in one line each and the rest is still processed, output lines are always whole JSON objects, exit codes.
 */
class MainTest {
    private static final String NEWS = "8月15日，昌吉州党委书记曾艳阳来到兵团第六师五家渠市调研。";

    @TempDir
    Path dir;

    // ---- unreadable inputs ------------------------------------------------------------------------------------

    @Test
    void nonUtf8FileIsNamedAndTheOthersAreStillProcessed() throws IOException {
        Path a = write("a.txt", NEWS);
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "北京欢迎你".getBytes("GBK"));
        Path c = write("c.txt", "上海");
        Result r = run(a.toString(), gbk.toString(), c.toString());
        assertEquals(1, r.code);
        assertEquals(List.of("tiqu: " + gbk + ": not valid UTF-8 (bad byte at offset 0)"), r.err);
        List<Map<String, Object>> docs = r.jsonl();
        assertEquals(List.of(a.toString(), c.toString()), sources(docs));
        checkOffsets(docs.get(0), NEWS);
    }

    @Test
    void binaryFileIsNamedWithTheFirstBadByte() throws IOException {
        Path png = dir.resolve("image.txt");
        Files.write(png, new byte[]{'P', 'N', 'G', 0, 0, (byte) 0x89, 1, 2, (byte) 0xFF});
        Result r = run(png.toString());
        assertEquals(1, r.code);
        assertEquals(List.of("tiqu: " + png + ": not valid UTF-8 (bad byte at offset 5)"), r.err);
        assertEquals("", r.out);
    }

    @Test
    void controlCharactersAndNulAreText() throws IOException {
        String text = "北京\u0000上海\u0001\u001B[0m\u007F广州\u0085深圳\u2028天津";
        Path f = write("ctrl.txt", text);
        Result r = run("--tokens", f.toString());
        assertEquals(0, r.code, r.err::toString);
        Map<String, Object> doc = r.jsonl().get(0);
        assertEquals((long) text.length(), doc.get("length"));
        checkOffsets(doc, text);
        assertFalse(r.out.contains("\u2028") || r.out.contains("\u0000") || r.out.contains("\u0085"), "escaped in JSON");
    }

    @Test
    void emptyFileIsOneEmptyDocument() throws IOException {
        Path f = write("empty.txt", "");
        Result r = run(f.toString());
        assertEquals(0, r.code);
        assertEquals(List.of(), r.err);
        assertEquals("{\"source\":" + Json.quote(f.toString()) + ",\"length\":0,\"entities\":[],\"keywords\":[]}\n", r.out);
    }

    @Test
    void directoryWithoutTxtFilesIsNamed() throws IOException {
        Path d = Files.createDirectory(dir.resolve("notes"));
        write("notes/readme.md", NEWS);
        Result r = run(d.toString());
        assertEquals(1, r.code);
        assertEquals(List.of("tiqu: " + d + ": directory holds no *.txt file"), r.err);
        assertEquals("", r.out);
    }

    @Test
    void missingPathIsNamedAndTheOthersAreStillProcessed() throws IOException {
        Path a = write("a.txt", NEWS);
        String missing = dir.resolve("no/such.txt").toString();
        Result r = run(missing, a.toString());
        assertEquals(1, r.code);
        assertEquals(List.of("tiqu: " + missing + ": no such file or directory"), r.err);
        assertEquals(List.of(a.toString()), sources(r.jsonl()));
    }

    @Test
    void invalidPathIsNamedInOneLine() throws IOException {
        Path a = write("a.txt", NEWS);
        Result r = run("bad\u0000name\n.txt", a.toString());
        assertEquals(1, r.code);
        assertEquals(1, r.err.size(), r.err::toString);
        assertTrue(r.err.get(0).startsWith("tiqu: bad\\u0000name\\u000A.txt: "), r.err.get(0));
        assertEquals(List.of(a.toString()), sources(r.jsonl()));
    }

    @Test
    void danglingLinkInADirectoryIsNamedAndTheRestIsProcessed() throws IOException {
        write("d/a.txt", "北京");
        try {
            Files.createSymbolicLink(dir.resolve("d/b.txt"), dir.resolve("d/nowhere.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        write("d/c.txt", "上海");
        String d = dir.resolve("d").toString();
        Result r = run(d);
        assertEquals(1, r.code);
        assertEquals(List.of("tiqu: " + d + "/b.txt: no such file"), r.err);
        assertEquals(List.of(d + "/a.txt", d + "/c.txt"), sources(r.jsonl()));
    }

    @Test
    void unreadableFileIsNamed() throws IOException {
        Path f = write("secret.txt", NEWS);
        Assumptions.assumeTrue(f.toFile().setReadable(false, false) && !Files.isReadable(f),
                "running as a user who reads every file (root); permission case skipped");
        Result r = run(f.toString());
        assertEquals(1, r.code);
        assertEquals(List.of("tiqu: " + f + ": permission denied"), r.err);
    }

    // ---- output ---------------------------------------------------------------------------------------------

    @Test
    void unwritableOutputIsNamed() throws IOException {
        Path a = write("a.txt", NEWS);
        Path out = dir.resolve("no-such-dir/out.jsonl");
        Result r = run("-o", out.toString(), a.toString());
        assertEquals(1, r.code);
        assertEquals(1, r.err.size(), r.err::toString);
        assertTrue(r.err.get(0).startsWith("tiqu: cannot write " + out + ": "), r.err.get(0));
        assertEquals("", r.out);
    }

    @Test
    void outputThatIsADirectoryIsNamed() throws IOException {
        Path a = write("a.txt", NEWS);
        Result r = run("-o", dir.toString(), a.toString());
        assertEquals(1, r.code);
        assertEquals(1, r.err.size(), r.err::toString);
        assertTrue(r.err.get(0).startsWith("tiqu: cannot write " + dir + ": "), r.err.get(0));
    }

    @Test
    void outputFileGetsCompleteLines() throws IOException {
        Path a = write("a.txt", NEWS);
        Path out = dir.resolve("out.jsonl");
        Result r = run("-o", out.toString(), a.toString(), dir.resolve("missing.txt").toString(), a.toString());
        assertEquals(1, r.code);
        assertEquals("", r.out);
        List<Map<String, Object>> docs = jsonl(Files.readString(out));
        assertEquals(2, docs.size());
        checkOffsets(docs.get(1), NEWS);
    }

    @Test
    void closedStandardOutputStopsTheRun() throws IOException {
        Path a = write("a.txt", NEWS);
        PrintStream closed = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        });
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{a.toString(), a.toString()}, InputStream.nullInputStream(), closed,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertEquals("tiqu: cannot write output: output stream closed\n", err.toString(StandardCharsets.UTF_8));
    }

    // ---- options --------------------------------------------------------------------------------------------

    @Test
    void badOptionsExitWithTwo() throws IOException {
        Path a = write("a.txt", NEWS);
        for (String[] args : List.of(new String[]{"--format", "xml"}, new String[]{"--keywords", "-1"},
                new String[]{"--keywords", "many"}, new String[]{"--date", "2023-02-30"},
                new String[]{"--date", "16.8.2023"}, new String[]{"--date", "+10000-01-01"}, new String[]{"--date", "0000-01-01"}, new String[]{"--no-such-option"}, new String[]{"-o"})) {
            List<String> all = new ArrayList<>(List.of(a.toString()));
            all.addAll(Arrays.asList(args)); // options last: "-o" then has no value
            Result r = run(all.toArray(String[]::new));
            assertEquals(2, r.code, () -> Arrays.toString(args) + " " + r.err);
            assertEquals("", r.out, Arrays.toString(args));
            assertTrue(r.err.get(0).startsWith("tiqu: "), () -> Arrays.toString(args) + " " + r.err);
        }
    }

    @Test
    void helpPrintsUsageAndReadsNothing() {
        Result r = runStdin("北京".getBytes(StandardCharsets.UTF_8), "--help");
        assertEquals(0, r.code);
        assertTrue(r.out.startsWith("Usage: tiqu"), r.out);
        assertTrue(r.out.contains("--lines") && r.out.contains("--format"), r.out);
    }

    @Test
    void versionPrintsTheVersion() {
        Result r = run("--version");
        assertEquals(0, r.code);
        assertTrue(r.out.startsWith("tiqu "), r.out);
    }

    @Test
    void referenceDateOptionIsReported() throws IOException {
        Result r = run("--date", "2023-08-16", write("a.txt", NEWS).toString());
        assertEquals(0, r.code);
        Map<String, Object> doc = r.jsonl().get(0);
        assertEquals("2023-08-16", doc.get("reference_date"));
        assertEquals("option", doc.get("reference_source"));
    }

    @Test
    void keywordCountIsHonoured() throws IOException {
        Result r = run("--keywords", "2", write("a.txt", NEWS).toString());
        assertEquals(2, ((List<?>) r.jsonl().get(0).get("keywords")).size());
    }

    // ---- input forms ----------------------------------------------------------------------------------------

    @Test
    void leadingBomIsDroppedAndOffsetsCountWithoutIt() throws IOException {
        Path f = dir.resolve("bom.txt");
        Files.write(f, ("\uFEFF" + NEWS).getBytes(StandardCharsets.UTF_8));
        Result r = run(f.toString());
        assertEquals(0, r.code);
        Map<String, Object> doc = r.jsonl().get(0);
        assertEquals((long) NEWS.length(), doc.get("length"));
        checkOffsets(doc, NEWS);
    }

    @Test
    void linesCountEveryPhysicalLineWithOffsetsRelativeToTheLine() throws IOException {
        Path f = write("lines.txt", "北京\r\n\r\n今天上海欢迎你\r\n\n广州\r");
        Result r = run("--lines", f.toString());
        assertEquals(0, r.code);
        List<Map<String, Object>> docs = r.jsonl();
        String[] lines = {"北京", "", "今天上海欢迎你", "", "广州\r"};
        assertEquals(lines.length, docs.size());
        for (int k = 0; k < lines.length; k++) {
            Map<String, Object> doc = docs.get(k);
            assertEquals(f.toString(), doc.get("source"));
            assertEquals((long) k + 1, doc.get("line"));
            assertEquals((long) lines[k].length(), doc.get("length"), "line " + (k + 1));
            checkOffsets(doc, lines[k]);
        }
        assertTrue(hasEntity(docs.get(2), "PLACE", "上海", 2, 4), docs.get(2)::toString);
        assertTrue(hasEntity(docs.get(4), "PLACE", "广州", 0, 2), docs.get(4)::toString);
    }

    @Test
    void manyLinesAreNumberedAcrossExtractionBatches() throws IOException {
        // more lines than one batch of extractAll holds: numbering and offsets run on across batches
        StringBuilder text = new StringBuilder();
        int count = 25_000;
        for (int k = 1; k <= count; k++) {
            text.append(k % 7 == 0 ? "" : k % 2 == 0 ? "李鹏在北京会见了张建军。" : "第" + k + "行：上海").append(k % 3 == 0 ? "\r\n" : "\n");
        }
        Path f = write("many.txt", text.toString());
        Result r = run("--lines", f.toString());
        assertEquals(0, r.code);
        List<Map<String, Object>> docs = r.jsonl();
        assertEquals(count, docs.size());
        for (int k = 1; k <= count; k++) {
            Map<String, Object> doc = docs.get(k - 1);
            assertEquals((long) k, doc.get("line"));
            String line = k % 7 == 0 ? "" : k % 2 == 0 ? "李鹏在北京会见了张建军。" : "第" + k + "行：上海";
            assertEquals((long) line.length(), doc.get("length"), "line " + k);
            if (k % 7 != 0 && k % 2 == 0) {
                assertTrue(hasEntity(doc, "PERSON", "张建军", 8, 11), doc::toString);
            } else if (k % 7 != 0) {
                int at = line.indexOf("上海");
                assertTrue(hasEntity(doc, "PLACE", "上海", at, at + 2), doc::toString);
            }
        }
    }

    @Test
    void standardInputIsNamedStdin() {
        Result r = runStdin(("\uFEFF" + NEWS + "\n").getBytes(StandardCharsets.UTF_8), "--lines");
        assertEquals(0, r.code);
        Map<String, Object> doc = r.jsonl().get(0);
        assertEquals("<stdin>", doc.get("source"));
        assertEquals(1L, doc.get("line"));
        checkOffsets(doc, NEWS);
    }

    @Test
    void aDashAmongThePathsIsStandardInput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "上海");
        Result r = runStdin(NEWS.getBytes(StandardCharsets.UTF_8), "-", file.toString());
        assertEquals(0, r.code, r.err::toString);
        List<Map<String, Object>> docs = r.jsonl();
        assertEquals(List.of("<stdin>", file.toString()), docs.stream().map(d -> d.get("source")).toList());
        checkOffsets(docs.get(0), NEWS);
    }

    @Test
    void nonUtf8StandardInputIsNamed() throws IOException {
        Result r = runStdin("北京".getBytes("GBK"));
        assertEquals(1, r.code);
        assertEquals(List.of("tiqu: <stdin>: not valid UTF-8 (bad byte at offset 0)"), r.err);
        assertEquals("", r.out);
    }

    @Test
    void directoryWalkIsSortedByPathAndNamesEachFileUnderTheGivenDirectory() throws IOException {
        write("news/b.txt", "北京");
        write("news/a/c.txt", "上海");
        write("news/a.txt", "广州");
        write("news/a/z/d.txt", "深圳");
        write("news/skip.md", "天津");
        write("news/dir.txt/e.txt", "重庆"); // a directory named *.txt is walked, not read
        String given = dir.resolve("news") + "/";
        Result r = run(given);
        assertEquals(0, r.code, r.err::toString);
        String d = dir.resolve("news").toString();
        assertEquals(List.of(d + "/a.txt", d + "/a/c.txt", d + "/a/z/d.txt", d + "/b.txt", d + "/dir.txt/e.txt"),
                sources(r.jsonl()));
    }

    @Test
    void filesAreWrittenInOrderAcrossExtractionBatches() throws IOException {
        // four files of 100 K chars fill more than one batch of extractAll; a small file sits between them
        String big = "李鹏在北京会见了张建军。".repeat(8_500);
        for (int k = 1; k <= 4; k++) {
            write("big/" + k + ".txt", k + big);
        }
        write("big/2a.txt", "上海");
        Result r = run(dir.resolve("big").toString());
        assertEquals(0, r.code, r.err::toString);
        List<Map<String, Object>> docs = r.jsonl();
        String d = dir.resolve("big").toString();
        assertEquals(List.of(d + "/1.txt", d + "/2.txt", d + "/2a.txt", d + "/3.txt", d + "/4.txt"), sources(docs));
        for (Map<String, Object> doc : docs) {
            boolean small = doc.get("source").toString().endsWith("2a.txt");
            assertEquals(small ? 2L : (long) big.length() + 1, doc.get("length"));
            assertTrue(small ? hasEntity(doc, "PLACE", "上海", 0, 2) : hasEntity(doc, "PERSON", "张建军", 9, 12),
                    () -> doc.get("source").toString());
        }
    }

    @Test
    void everyOutputLineIsACompleteObjectOnHostileText() throws IOException {
        String text = "\"引号\"\\反斜杠\t制表\u2029段\uD83D\uDE00表情\u200B北京\r\n\u3000\u3000新疆维吾尔自治区";
        Path f = write("hostile.txt", text);
        Result r = run("--tokens", "--date", "2023-08-16", f.toString(), f.toString());
        assertEquals(0, r.code);
        List<Map<String, Object>> docs = r.jsonl();
        assertEquals(2, docs.size());
        for (Map<String, Object> doc : docs) {
            checkOffsets(doc, text);
        }
    }

    // ---- tsv and html ---------------------------------------------------------------------------------------

    @Test
    void tsvHasSevenColumnsAndEscapesTabsAndBreaks() throws IOException {
        Path f = write("tab\there.txt", NEWS);
        Result r = run("--format", "tsv", "--date", "2023-08-16", "--lines", f.toString());
        assertEquals(0, r.code, r.err::toString);
        assertTrue(r.out.endsWith("\n"));
        String[] rows = r.out.split("\n", -1);
        assertTrue(rows.length > 2, r.out);
        for (int k = 0; k < rows.length - 1; k++) {
            String[] cols = rows[k].split("\t", -1);
            assertEquals(7, cols.length, rows[k]);
            assertEquals(f.toString().replace("\t", "\\t"), cols[0]);
            assertEquals("1", cols[1]);
            EntityType type = EntityType.valueOf(cols[2]);
            int start = Integer.parseInt(cols[3]);
            int end = Integer.parseInt(cols[4]);
            assertEquals(NormalizedText.surface(NEWS, start, end), cols[5]);
            assertEquals(type == EntityType.DATE, !cols[6].isEmpty(), rows[k]);
        }
    }

    @Test
    void tsvLeavesLineEmptyWithoutLines() throws IOException {
        Result r = run("--format", "tsv", write("a.txt", NEWS).toString());
        for (String row : r.out.split("\n")) {
            assertEquals("", row.split("\t", -1)[1], row);
        }
    }

    @Test
    void tsvFieldEscapesEveryLineBreak() {
        assertEquals("a\\tb\\nc\\rd\\\\e\\u2028f\\u0085g\\u0000h", Writer.Tsv.field("a\tb\nc\rd\\e\u2028f\u0085g\u0000h"));
    }

    @Test
    void htmlHasLegendEscapedTextAndBalancedMarkup() throws IOException {
        String text = "<script>alert('x')</script> & 北京\u0000上海 " + NEWS;
        Result r = run("--format", "html", write("a.txt", text).toString(), write("b.txt", "广州").toString());
        assertEquals(0, r.code, r.err::toString);
        String html = r.out;
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.endsWith("</body></html>\n"), html);
        assertTrue(html.contains("class=\"legend\""), html);
        for (EntityType t : EntityType.values()) {
            assertTrue(html.contains(">" + t + "</span>"), "legend names " + t);
        }
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; "), html);
        assertFalse(html.contains("<script>") || html.contains("\u0000"), html);
        assertEquals(count(html, "<span"), count(html, "</span>"));
        assertEquals(count(html, "<div"), count(html, "</div>"));
        assertTrue(html.contains("class=\"e PLACE\""), html);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private record Result(int code, String out, List<String> err) {
        List<Map<String, Object>> jsonl() {
            return MainTest.jsonl(out);
        }
    }

    private Result run(String... args) {
        return runStdin(new byte[0], args);
    }

    private static Result runStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> errLines = new ArrayList<>();
        for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
            // progress lines appear only on slow runs; they are not error reports
            if (!line.isEmpty() && !line.startsWith("tiqu: running:") && !line.startsWith("tiqu: done:")) {
                errLines.add(line);
            }
        }
        return new Result(code, strictUtf8(out.toByteArray()), errLines);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("output is not valid UTF-8", e);
        }
    }

    /** Parses JSON Lines output: every physical line one complete object with the contract's fields. */
    static List<Map<String, Object>> jsonl(String out) {
        List<Map<String, Object>> docs = new ArrayList<>();
        if (out.isEmpty()) {
            return docs;
        }
        assertTrue(out.endsWith("\n"), "output ends with a line break");
        for (String line : out.substring(0, out.length() - 1).split("\n", -1)) {
            Map<String, Object> doc = MiniJson.object(line);
            assertTrue(doc.get("source") instanceof String, line);
            assertTrue(doc.get("length") instanceof Long, line);
            assertTrue(doc.get("entities") instanceof List, line);
            assertTrue(doc.get("keywords") instanceof List, line);
            docs.add(doc);
        }
        return docs;
    }

    /** Entities and tokens of a parsed document index correctly into {@code text}. */
    @SuppressWarnings("unchecked")
    private static void checkOffsets(Map<String, Object> doc, String text) {
        assertEquals((long) text.length(), doc.get("length"));
        List<Object> all = new ArrayList<>((List<Object>) doc.get("entities"));
        if (doc.containsKey("tokens")) {
            all.addAll((List<Object>) doc.get("tokens"));
        }
        for (Object o : all) {
            Map<String, Object> e = (Map<String, Object>) o;
            int start = ((Long) e.get("start")).intValue();
            int end = ((Long) e.get("end")).intValue();
            assertTrue(0 <= start && start < end && end <= text.length(), e::toString);
            assertEquals(NormalizedText.surface(text, start, end), e.get("text"), e::toString);
            if (e.containsKey("type")) {
                EntityType type = EntityType.valueOf((String) e.get("type"));
                assertEquals(type == EntityType.DATE, e.get("value") != null, e::toString);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean hasEntity(Map<String, Object> doc, String type, String text, int start, int end) {
        for (Object o : (List<Object>) doc.get("entities")) {
            Map<String, Object> e = (Map<String, Object>) o;
            if (type.equals(e.get("type")) && text.equals(e.get("text")) && e.get("start").equals((long) start)
                    && e.get("end").equals((long) end)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sources(List<Map<String, Object>> docs) {
        return docs.stream().map(d -> (String) d.get("source")).toList();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int k = s.indexOf(part); k >= 0; k = s.indexOf(part, k + 1)) {
            n++;
        }
        return n;
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
