package org.zeren.diagram.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Keeps libraries (ImageIO, PDFBox) from closing the caller's stream: close only flushes. */
final class NonClosingStream extends FilterOutputStream {

	NonClosingStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		out.write(b, off, len);
	}

	@Override
	public void close() throws IOException {
		flush();
	}
}
