package org.tiqu.cli;

import org.apache.commons.text.StringEscapeUtils;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extraction;
import org.tiqu.Keyword;
import org.tiqu.Token;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/** Output formats. Each document's output is written with one call and flushed, so it is never cut in half. */
abstract class Writer {
    protected final OutputStream out;

    Writer(OutputStream out) {
        this.out = out;
    }

    void begin() throws IOException {
    }

    /** @param line 1-based line number under {@code --lines}, else 0 */
    abstract void write(String source, int line, String text, Extraction x) throws IOException;

    void end() throws IOException {
        out.flush();
    }

    protected void emit(CharSequence s) throws IOException {
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        // System.out swallows write errors: a closed pipe must still stop the run
        if (out instanceof java.io.PrintStream ps && ps.checkError()) {
            throw new IOException("output stream closed");
        }
    }

    /** One JSON object per document, one physical line each. */
    static final class Jsonl extends Writer {
        private final boolean tokens;

        Jsonl(OutputStream out, boolean tokens) {
            super(out);
            this.tokens = tokens;
        }

        @Override
        void write(String source, int line, String text, Extraction x) throws IOException {
            StringBuilder sb = new StringBuilder(256);
            sb.append("{\"source\":").append(Json.quote(source));
            if (line > 0) {
                sb.append(",\"line\":").append(line);
            }
            sb.append(",\"length\":").append(x.length());
            x.referenceDate().ifPresent(d -> sb.append(",\"reference_date\":\"").append(d).append("\",\"reference_source\":\"")
                    .append(x.referenceSource().orElseThrow().name().toLowerCase(Locale.ROOT)).append('"'));
            sb.append(",\"entities\":[");
            boolean first = true;
            for (Entity e : x.entities()) {
                sb.append(first ? "" : ",").append("{\"type\":\"").append(e.type()).append("\",\"text\":")
                        .append(Json.quote(e.text())).append(",\"start\":").append(e.start())
                        .append(",\"end\":").append(e.end());
                if (e.value() != null) {
                    sb.append(",\"value\":").append(Json.quote(e.value()));
                }
                sb.append('}');
                first = false;
            }
            sb.append("],\"keywords\":[");
            first = true;
            for (Keyword k : x.keywords()) {
                sb.append(first ? "" : ",").append("{\"text\":").append(Json.quote(k.text()))
                        .append(",\"score\":").append(k.score()).append('}');
                first = false;
            }
            sb.append(']');
            if (tokens) {
                sb.append(",\"tokens\":[");
                first = true;
                for (Token t : x.tokens()) {
                    sb.append(first ? "" : ",").append("{\"text\":").append(Json.quote(t.text()))
                            .append(",\"start\":").append(t.start()).append(",\"end\":").append(t.end())
                            .append(",\"pos\":").append(Json.quote(t.pos())).append('}');
                    first = false;
                }
                sb.append(']');
            }
            sb.append("}\n");
            emit(sb);
        }
    }

    /** One entity per row: source, line, type, start, end, text, value. */
    static final class Tsv extends Writer {
        Tsv(OutputStream out) {
            super(out);
        }

        @Override
        void write(String source, int line, String text, Extraction x) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (Entity e : x.entities()) {
                sb.append(field(source)).append('\t').append(line > 0 ? Integer.toString(line) : "").append('\t')
                        .append(e.type()).append('\t').append(e.start()).append('\t').append(e.end()).append('\t')
                        .append(field(e.text())).append('\t').append(e.value() == null ? "" : field(e.value())).append('\n');
            }
            if (!sb.isEmpty()) {
                emit(sb);
            }
        }

        static String field(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\\' -> sb.append("\\\\");
                    default -> {
                        // other controls and Unicode line breaks would split a row in some readers
                        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                            sb.append(String.format("\\u%04X", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.toString();
        }
    }

    /** One page: every document's text with its entities highlighted by type, and a legend. */
    static final class Html extends Writer {
        Html(OutputStream out) {
            super(out);
        }

        static String color(EntityType t) {
            return switch (t) {
                case PERSON -> "#ffd6d6";
                case ORGANIZATION -> "#d6e4ff";
                case PLACE -> "#d8f5d0";
                case DATE -> "#fff2b3";
                case POLICY -> "#ecd9ff";
                case DOCUMENT -> "#ffe2c4";
            };
        }

        @Override
        void begin() throws IOException {
            StringBuilder sb = new StringBuilder();
            sb.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>tiqu</title><style>\n")
                    .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.9}\n")
                    .append(".doc{white-space:pre-wrap;border-top:1px solid #ccc;padding:1em 0}\n")
                    .append(".src{color:#666;font-size:90%}\n")
                    .append("span.e{border-radius:3px;padding:1px 0}\n")
                    .append("span.e::after{content:attr(data-t);font-size:60%;color:#555;vertical-align:super}\n");
            for (EntityType t : EntityType.values()) {
                sb.append("span.").append(t).append("{background:").append(color(t)).append("}\n");
            }
            sb.append("</style></head><body>\n<h1>tiqu</h1>\n<p class=\"legend\">");
            for (EntityType t : EntityType.values()) {
                sb.append("<span class=\"e ").append(t).append("\">").append(t).append("</span> ");
            }
            sb.append("</p>\n");
            emit(sb);
        }

        @Override
        void write(String source, int line, String text, Extraction x) throws IOException {
            StringBuilder sb = new StringBuilder(text.length() * 2);
            sb.append("<div class=\"doc\"><div class=\"src\">").append(StringEscapeUtils.escapeHtml4(safe(source)));
            if (line > 0) {
                sb.append(':').append(line);
            }
            x.referenceDate().ifPresent(d -> sb.append(" · reference date ").append(d));
            if (!x.keywords().isEmpty()) {
                List<String> ks = new ArrayList<>();
                for (Keyword k : x.keywords()) {
                    ks.add(k.text());
                }
                sb.append(" · keywords: ").append(StringEscapeUtils.escapeHtml4(safe(String.join(", ", ks))));
            }
            sb.append("</div>");
            // entities of different types nest or are disjoint, so spans open and close like brackets
            List<Entity> es = x.entities();
            Deque<Entity> open = new ArrayDeque<>();
            int pos = 0;
            int next = 0;
            while (pos < text.length() || !open.isEmpty()) {
                while (!open.isEmpty() && open.peek().end() <= pos) {
                    open.pop();
                    sb.append("</span>");
                }
                while (next < es.size() && es.get(next).start() == pos
                        && (open.isEmpty() || es.get(next).end() <= open.peek().end())) {
                    Entity e = es.get(next++);
                    String label = e.type() + (e.value() == null ? "" : " " + e.value());
                    sb.append("<span class=\"e ").append(e.type()).append("\" data-t=\"").append(StringEscapeUtils.escapeHtml4(label))
                            .append("\" title=\"").append(StringEscapeUtils.escapeHtml4(label)).append("\">");
                    open.push(e);
                }
                while (next < es.size() && es.get(next).start() < pos) {
                    next++; // cannot be drawn nested; the text still shows
                }
                if (pos >= text.length()) {
                    while (!open.isEmpty()) {
                        open.pop();
                        sb.append("</span>");
                    }
                    break;
                }
                int stop = text.length();
                if (next < es.size()) {
                    stop = Math.min(stop, es.get(next).start());
                }
                if (!open.isEmpty()) {
                    stop = Math.min(stop, open.peek().end());
                }
                stop = Math.max(stop, pos + 1);
                sb.append(StringEscapeUtils.escapeHtml4(safe(text.substring(pos, stop))));
                pos = stop;
            }
            sb.append("</div>\n");
            emit(sb);
        }

        /** Control characters and lone surrogates are shown as U+FFFD so the page stays valid. */
        private static String safe(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean lone = Character.isHighSurrogate(c) ? !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                        : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
                boolean ctrl = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\r';
                sb.append(lone || ctrl ? '\uFFFD' : c);
            }
            return sb.toString();
        }

        @Override
        void end() throws IOException {
            emit("</body></html>\n");
        }
    }
}
