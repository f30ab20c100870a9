//! Helpers shared by the integration tests: the binary, temporary corpora,
//! gzip, and the CI rule for external readers. Each file under `tests/` is
//! its own crate and uses only some of them, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Output;

use tempfile::TempDir;

/// The built `newsgraph` binary, ready for arguments.
pub fn newsgraph() -> assert_cmd::Command {
    assert_cmd::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
}

/// A path as an argument (the temporary directories are UTF-8).
pub fn s(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

/// Writes `content` to `dir/name`, making the folders on the way.
pub fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, content).unwrap();
    path
}

/// A temporary directory with the given files in its folder `in/`.
pub fn corpus_of(files: &[(&str, &str)]) -> TempDir {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    for (name, text) in files {
        write(&dir, name, text);
    }
    tmp
}

/// `bytes` gzipped.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// `bytes`, which must be gzip, decompressed.
pub fn gunzip(bytes: &[u8]) -> Vec<u8> {
    assert!(bytes.starts_with(&[0x1f, 0x8b]), "not gzip");
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("valid gzip");
    out
}

/// The crate's folder (samples, scripts, ../shared beside it).
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether the tests run under CI (`CI=true` or `CI=1`).
pub fn on_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// An external tool is missing: a failure on CI, where `.ci/run` installs
/// it; elsewhere "SKIPPED {checks}: {what}" on stderr and the test passes.
pub fn skip(checks: &str, what: &str) {
    if on_ci() {
        panic!("{checks} cannot run on CI: {what} missing (.ci/run should install it)");
    }
    let _ = writeln!(std::io::stderr(), "SKIPPED {checks}: {what}");
}

/// A finished process's status and output, for assertion messages.
pub fn show(o: &Output) -> String {
    format!(
        "status {}\n--- stdout\n{}--- stderr\n{}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}
