//! Where the output goes.
//!
//! A regular file (or a path that does not exist yet) is written whole or
//! not at all: a temporary file beside it, renamed into place on
//! [`Sink::commit`]; a symbolic link is followed, so the link stays and its
//! target is replaced. Anything else — a device such as `/dev/null`, a named
//! pipe, `/dev/stderr` or `/dev/fd/N` — is written directly, since renaming
//! over it would replace the device or pipe with a regular file. `-`, no
//! `-o`, and the names of standard output (`/dev/stdout`, `/dev/fd/1`,
//! `/proc/self/fd/1`) write to standard output.
//!
//! Format writers (and wrappers such as gzip) write to [`Sink::writer`];
//! its errors name the output, and keep their [`io::ErrorKind`] so that a
//! closed pipe can still be told apart.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// Where the output goes: a temporary file renamed into place at the end,
/// a device or pipe written in place, or stdout.
pub enum Sink {
    /// A regular file: the temporary file and the path it will be renamed to.
    File(tempfile::NamedTempFile, PathBuf),
    /// A device, named pipe or file-descriptor alias, written as it goes.
    Direct(File, PathBuf),
    /// Standard output.
    Stdout,
}

/// Names under which a process reaches its own standard output.
const STDOUT_NAMES: &[&str] = &["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];

/// True for `/dev/fd/N`, `/proc/self/fd/N` and `/dev/stdin|stdout|stderr`:
/// names of an open file descriptor, which must never be renamed over.
fn is_fd_alias(path: &Path) -> bool {
    let s = path.as_os_str().to_string_lossy();
    ["/dev/stdin", "/dev/stdout", "/dev/stderr"].contains(&s.as_ref())
        || s.strip_prefix("/dev/fd/")
            .or_else(|| s.strip_prefix("/proc/self/fd/"))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

impl Sink {
    /// Opens the output: `None` or `-` is stdout.
    pub fn open(path: Option<&Path>) -> Result<Sink> {
        let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Sink::Stdout);
        };
        if STDOUT_NAMES.iter().any(|n| path == Path::new(n)) {
            return Ok(Sink::Stdout);
        }
        let cannot = || format!("cannot write {}", path.display());
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => bail!("cannot write {}: it is a directory", path.display()),
            Ok(m) if !m.is_file() || is_fd_alias(path) => {
                // Append, so that `/dev/stderr` redirected with `2>>` is not overwritten.
                let file = OpenOptions::new()
                    .append(true)
                    .open(path)
                    .with_context(cannot)?;
                return Ok(Sink::Direct(file, path.to_path_buf()));
            }
            _ => {}
        }
        // Rename onto what a link points to, not over the link.
        let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".newsgraph-");
        // An output file gets the usual mode (0666 less the umask), not a temp file's 0600.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let tmp = builder.tempfile_in(dir).with_context(cannot)?;
        Ok(Sink::File(tmp, target))
    }

    /// The output's name in messages.
    pub fn name(&self) -> String {
        match self {
            Sink::File(_, p) | Sink::Direct(_, p) => p.display().to_string(),
            Sink::Stdout => "<stdout>".into(),
        }
    }

    /// A buffered writer onto the output; flush it before [`Sink::commit`].
    /// Its errors say which output failed.
    pub fn writer(&mut self) -> Box<dyn Write + '_> {
        let name = self.name();
        let inner: Box<dyn Write + '_> = match self {
            Sink::File(f, _) => Box::new(f.as_file_mut()),
            Sink::Direct(f, _) => Box::new(f),
            Sink::Stdout => Box::new(io::stdout().lock()),
        };
        Box::new(BufWriter::with_capacity(1 << 16, Named { inner, name }))
    }

    /// Puts a finished file in place; dropping a sink without commit leaves
    /// nothing behind (a device or pipe keeps what was written to it).
    pub fn commit(self) -> Result<()> {
        if let Sink::File(tmp, path) = self {
            tmp.as_file().sync_all().ok();
            tmp.persist(&path)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    }
}

/// A writer whose errors name the output they were writing.
struct Named<W> {
    inner: W,
    name: String,
}

impl<W: Write> Named<W> {
    fn name_error(&self, e: io::Error) -> io::Error {
        io::Error::new(e.kind(), format!("cannot write {}: {e}", self.name))
    }
}

impl<W: Write> Write for Named<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf).map_err(|e| self.name_error(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush().map_err(|e| self.name_error(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fd_aliases() {
        for (p, alias) in [
            ("/dev/stderr", true),
            ("/dev/fd/3", true),
            ("/proc/self/fd/12", true),
            ("/dev/fd/", false),
            ("/dev/shm/out.graphml", false),
            ("out.graphml", false),
        ] {
            assert_eq!(is_fd_alias(Path::new(p)), alias, "{p}");
        }
    }

    #[test]
    fn write_errors_name_the_output_and_keep_their_kind() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::from_raw_os_error(28))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut w = Named {
            inner: Full,
            name: "dir/full".into(),
        };
        let e = w.write_all(b"x").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::StorageFull);
        assert!(e.to_string().starts_with("cannot write dir/full: "), "{e}");
    }
}
