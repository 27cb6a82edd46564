package org.peerplan.diagram.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as a PNG file, three to four times as fast as {@code ImageIO}: no row filter and the fastest
 * deflate level. A diagram is mostly runs of one colour, which deflate packs well unfiltered, so the file is about 5 %
 * larger; {@code ImageIO}'s adaptive filters and higher level cost most of a large document's time in its pictures.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private static final int BIT_DEPTH = 8;

    private static final int TRUE_COLOUR = 2;

    private static final int NO_FILTER = 0;

    private PngEncoder() {
    }

    /** Writes {@code image}, of {@link BufferedImage#TYPE_INT_RGB}, as PNG to {@code out}. */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("an RGB image of ints is expected, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        DataOutputStream file = new DataOutputStream(out);
        file.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] { BIT_DEPTH, TRUE_COLOUR, 0, 0, 0 });
        chunk(file, "IHDR", header.toByteArray());
        chunk(file, "IDAT", pixels(image, width, height));
        chunk(file, "IEND", new byte[0]);
        file.flush();
    }

    /** The rows, each after its filter byte, deflated. */
    private static byte[] pixels(BufferedImage image, int width, int height) throws IOException {
        WritableRaster raster = image.getRaster();
        int[] data = ((DataBufferInt) raster.getDataBuffer()).getData();
        int stride = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        // A sub-image shares its parent's pixels: its first pixel lies further in.
        int first = raster.getDataBuffer().getOffset() - raster.getSampleModelTranslateY() * stride
                - raster.getSampleModelTranslateX();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 4 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream rows = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * width];
            row[0] = NO_FILTER;
            for (int y = 0; y < height; y++) {
                int at = first + y * stride;
                for (int x = 0, i = 1; x < width; x++) {
                    int pixel = data[at + x];
                    row[i++] = (byte) (pixel >> 16);
                    row[i++] = (byte) (pixel >> 8);
                    row[i++] = (byte) pixel;
                }
                rows.write(row);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(DataOutputStream file, String type, byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        file.writeInt(body.length);
        file.write(name);
        file.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        file.writeInt((int) crc.getValue());
    }
}
