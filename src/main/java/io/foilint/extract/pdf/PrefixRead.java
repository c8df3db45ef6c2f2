package io.foilint.extract.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The first {@code length} bytes of a file, read from disk as PDFBox asks for them, so an
 * earlier revision opens as if the file ended there. (PDFBox's own view cannot make views of
 * itself, which its parser needs for object streams.)
 */
final class PrefixRead implements RandomAccessRead {

  private final RandomAccessReadBufferedFile file;
  private final long length;
  private long position;

  PrefixRead(Path path, long length) throws IOException {
    this.file = new RandomAccessReadBufferedFile(path);
    this.length = Math.min(length, file.length());
  }

  @Override
  public int read() throws IOException {
    if (position >= length) {
      return -1;
    }
    file.seek(position);
    int b = file.read();
    if (b >= 0) {
      position++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (position >= length) {
      return -1;
    }
    file.seek(position);
    int n = file.read(b, off, (int) Math.min(len, length - position));
    if (n > 0) {
      position += n;
    }
    return n;
  }

  @Override
  public long getPosition() {
    return position;
  }

  @Override
  public void seek(long newPosition) throws IOException {
    if (newPosition < 0) {
      throw new IOException("Invalid position " + newPosition);
    }
    position = Math.min(newPosition, length);
  }

  @Override
  public long length() {
    return length;
  }

  @Override
  public boolean isClosed() {
    return file.isClosed();
  }

  @Override
  public boolean isEOF() {
    return position >= length;
  }

  @Override
  public RandomAccessReadView createView(long start, long viewLength) throws IOException {
    return file.createView(start, Math.max(0, Math.min(viewLength, length - start)));
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
