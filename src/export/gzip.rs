//! Optional gzip compression of an output stream, for `-o NAME.gz`.
//!
//! The gzip header carries no file name and a zero modification time, so the
//! same graph always gives the same bytes.

use std::io::{self, Write};

use flate2::write::GzEncoder;
use flate2::Compression;

/// A writer that gzips what it is given, or passes it through.
pub enum MaybeGzip<W: Write> {
    /// Passed through.
    Plain(W),
    /// Compressed.
    Gzip(Box<GzEncoder<W>>),
}

impl<W: Write> MaybeGzip<W> {
    /// Wraps `inner`, compressing when `gzip` is true.
    pub fn new(inner: W, gzip: bool) -> MaybeGzip<W> {
        if gzip {
            MaybeGzip::Gzip(Box::new(GzEncoder::new(inner, Compression::default())))
        } else {
            MaybeGzip::Plain(inner)
        }
    }

    /// Writes the gzip trailer (if compressing) and returns the inner
    /// writer, which is flushed.
    pub fn finish(self) -> io::Result<W> {
        let mut inner = match self {
            MaybeGzip::Plain(w) => w,
            MaybeGzip::Gzip(g) => g.finish()?,
        };
        inner.flush()?;
        Ok(inner)
    }
}

impl<W: Write> Write for MaybeGzip<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            MaybeGzip::Plain(w) => w.write(buf),
            MaybeGzip::Gzip(g) => g.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            MaybeGzip::Plain(w) => w.write_all(buf),
            MaybeGzip::Gzip(g) => g.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            MaybeGzip::Plain(w) => w.flush(),
            MaybeGzip::Gzip(g) => g.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn round_trip_and_plain() {
        for gzip in [false, true] {
            let mut w = MaybeGzip::new(Vec::new(), gzip);
            w.write_all(b"<graph/>\n").unwrap();
            let bytes = w.finish().unwrap();
            assert_eq!(bytes.starts_with(&[0x1f, 0x8b]), gzip);
            let mut text = String::new();
            if gzip {
                flate2::read::MultiGzDecoder::new(&bytes[..])
                    .read_to_string(&mut text)
                    .unwrap();
            } else {
                text = String::from_utf8(bytes).unwrap();
            }
            assert_eq!(text, "<graph/>\n");
        }
    }

    #[test]
    fn same_bytes_every_time() {
        let once = || {
            let mut w = MaybeGzip::new(Vec::new(), true);
            w.write_all(b"same").unwrap();
            w.finish().unwrap()
        };
        assert_eq!(once(), once());
    }
}
