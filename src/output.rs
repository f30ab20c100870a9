//! Where the output goes: a regular file written whole or not at all
//! (a temporary file beside it, renamed into place on [`Sink::commit`]), or
//! stdout. Format writers (and wrappers such as gzip) write to
//! [`Sink::writer`].

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};

/// Where the output goes: a temporary file renamed into place at the end, or stdout.
pub enum Sink {
    File(tempfile::NamedTempFile, std::path::PathBuf),
    Stdout,
}

impl Sink {
    /// Opens the output: `None` or `-` is stdout.
    pub fn open(path: Option<&Path>) -> Result<Sink> {
        let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Sink::Stdout);
        };
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        if path.is_dir() {
            bail!("cannot write {}: it is a directory", path.display());
        }
        let mut builder = tempfile::Builder::new();
        builder.prefix(".newsgraph-");
        // An output file gets the usual mode (0666 less the umask), not a temp file's 0600.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let tmp = builder
            .tempfile_in(dir)
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(Sink::File(tmp, path.to_path_buf()))
    }

    /// A buffered writer onto the output; flush it before [`Sink::commit`].
    pub fn writer(&mut self) -> Box<dyn Write + '_> {
        match self {
            Sink::File(f, _) => Box::new(BufWriter::with_capacity(1 << 16, f.as_file_mut())),
            Sink::Stdout => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
        }
    }

    /// Puts a finished file in place; dropping a sink without commit leaves nothing behind.
    pub fn commit(self) -> Result<()> {
        if let Sink::File(tmp, path) = self {
            tmp.as_file().sync_all().ok();
            tmp.persist(&path)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    }
}
