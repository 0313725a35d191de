package org.sanctionstracker.bench;

import java.io.OutputStream;

/** Counts the bytes written to it and throws them away. */
final class CountingStream extends OutputStream {

	long bytes;

	@Override
	public void write(int b) {
		this.bytes++;
	}

	@Override
	public void write(byte[] b, int off, int len) {
		this.bytes += len;
	}

}
