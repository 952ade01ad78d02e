package org.tiqu.internal.ml;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A {@link DataInput} over a byte array, for loading models: {@link DataInputStream} over a buffered gzip stream
 * pays a synchronized {@code read()} per byte, and a model is millions of varint bytes (the POS model took ~350 ms
 * that way). Reads the same format as {@link DataInputStream}. Not thread-safe (one per load).
 */
public final class BytesInput implements DataInput {
    private final byte[] b;
    private int pos;

    public BytesInput(byte[] bytes) {
        this.b = bytes;
    }

    /** Inflates a whole gzipped stream into memory (one bulk read) and reads from it. */
    public static BytesInput gunzip(InputStream raw) throws IOException {
        return new BytesInput(new GZIPInputStream(raw, 1 << 16).readAllBytes());
    }

    private void need(int n) throws EOFException {
        if (pos + n > b.length) {
            throw new EOFException();
        }
    }

    @Override
    public void readFully(byte[] dst) throws IOException {
        readFully(dst, 0, dst.length);
    }

    @Override
    public void readFully(byte[] dst, int off, int len) throws IOException {
        need(len);
        System.arraycopy(b, pos, dst, off, len);
        pos += len;
    }

    @Override
    public int skipBytes(int n) {
        int k = Math.max(0, Math.min(n, b.length - pos));
        pos += k;
        return k;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readUnsignedByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        need(1);
        return b[pos++];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        if (pos >= b.length) {
            throw new EOFException();
        }
        return b[pos++] & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        need(2);
        int v = (b[pos] & 0xFF) << 8 | (b[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws IOException {
        need(4);
        int v = (b[pos] & 0xFF) << 24 | (b[pos + 1] & 0xFF) << 16 | (b[pos + 2] & 0xFF) << 8 | (b[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    @Override
    public long readLong() throws IOException {
        return (long) readInt() << 32 | (readInt() & 0xFFFFFFFFL);
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public String readLine() {
        throw new UnsupportedOperationException("readLine");
    }

    @Override
    public String readUTF() throws IOException {
        int len = readUnsignedShort();
        need(len);
        // fast path for the common case of Han / ASCII only (1- and 3-byte forms); else the JDK decoder
        char[] out = new char[len];
        int n = 0;
        int p = pos;
        int end = pos + len;
        while (p < end) {
            int c = b[p] & 0xFF;
            if (c < 0x80) {
                out[n++] = (char) c;
                p++;
            } else if ((c & 0xF0) == 0xE0 && p + 2 < end && (b[p + 1] & 0xC0) == 0x80 && (b[p + 2] & 0xC0) == 0x80) {
                out[n++] = (char) ((c & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | (b[p + 2] & 0x3F));
                p += 3;
            } else {
                pos -= 2;
                return DataInputStream.readUTF(this);
            }
        }
        pos = end;
        return new String(out, 0, n);
    }

    /** An unsigned LEB128 varint, as {@code LinearModel} writes them. */
    public long readVarLong() throws IOException {
        final byte[] a = b;
        int p = pos;
        long v = 0;
        int shift = 0;
        while (true) {
            if (p >= a.length) {
                throw new EOFException();
            }
            int x = a[p++];
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                pos = p;
                return v;
            }
            shift += 7;
            if (shift > 63) {
                throw new IOException("malformed varint");
            }
        }
    }
}
