//! The `newsgraph` binary: parse the command line, run, map the outcome to
//! an exit status (0 success, 2 output written but input skipped, 1 nothing done).

mod cli;
mod output;
mod progress;

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Parser;

use cli::{Cli, Config, GraphJob, Job};
use newsgraph::corpus::{Corpus, Limits};
use newsgraph::export::{self, gzip::MaybeGzip};
use newsgraph::extract::ExtractorBuilder;
use newsgraph::graph::{GraphBuilder, GraphOptions};
use newsgraph::merge::{self, Parts};
use newsgraph::pipeline::Analysis;
use newsgraph::pipeline::Pipeline;
use newsgraph::relate::Relater;
use newsgraph::stats;
use output::Sink;
use progress::Progress;

/// mimalloc instead of the system allocator: the analysis makes many small,
/// short-lived allocations (candidates, labels, per-sentence vectors), and
/// glibc's malloc and free were an eighth of all instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    newsgraph::pipeline::prefer_small_pages();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = cli.into_config().and_then(run);
    match result {
        Ok(Outcome {
            documents,
            skipped,
            summarised,
        }) => {
            if documents == 0 {
                eprintln!(
                    "newsgraph: error: no readable document ({skipped} skipped); nothing written"
                );
                ExitCode::from(1)
            } else if skipped > 0 {
                if !summarised {
                    eprintln!("newsgraph: {documents} documents read, {skipped} skipped");
                }
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsgraph: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

struct Outcome {
    documents: u64,
    skipped: u64,
    /// The summary line (which counts the skips) was printed.
    summarised: bool,
}

fn run(config: Config) -> Result<Outcome> {
    if matches!(config.job, Job::Merge(_)) {
        return run_merge(config);
    }
    let mut builder = ExtractorBuilder::new();
    for (kind, path) in &config.lexicons {
        builder.lexicon_file(kind, path);
    }
    for (kind, path) in &config.stops {
        builder.stop_file(kind, path);
    }
    let extractor = builder.build().context("cannot load lexicon")?;
    // User verbs are checked even when relations are off: nothing runs on a bad line.
    let relater = Relater::new()
        .with_other(config.other_relations)
        .with_verb_files(&config.verbs)
        .context("cannot load verbs")?;
    let relater = match &config.job {
        Job::Build(GraphJob { options, .. }) if !options.relations => Relater::off(),
        _ => relater,
    };
    let pipeline =
        Pipeline::new(extractor, relater, config.threads).context("cannot start worker threads")?;

    if let Job::Stats { json, top } = config.job {
        if let Some(graph) = stats_graph_file(&config.inputs)? {
            let summary = stats::summarise(&graph, None, None, top);
            let mut sink = Sink::open(config.output.as_deref())?;
            write_summary(&summary, json, &mut sink)?;
            sink.commit()?;
            return Ok(Outcome {
                documents: 1,
                skipped: 0,
                summarised: false,
            });
        }
    }

    if let Job::Stats { json, top } = config.job {
        if stats_extract_parts(&config.inputs) {
            return stats_of_parts(&config, json, top);
        }
    }

    let mut corpus = Corpus::discover(&config.inputs);
    if let Some(out) = config.output.as_deref() {
        // The message already holds the reason; anyhow would repeat its source.
        corpus
            .exclude_output(out)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let size = corpus.known_size();
    let items = corpus.documents(Limits {
        max_document_bytes: config.max_doc_bytes,
    });
    let mut output = Output::open(&config)?;
    let progress = Progress::new(config.quiet, size);
    let on_skip = |e: newsgraph::Error| progress.skip(&e);
    let on_note = |e: newsgraph::Error| progress.note(&e);
    let seen = |a: &Analysis| {
        progress.document(
            a.doc.text.len(),
            a.extraction.entities.len(),
            a.relations.len(),
        )
    };

    let mut out_of_range = 0;
    let what = match config.job {
        Job::Extract => {
            let Output::Stream(sink) = &mut output else {
                unreachable!("extract writes one stream")
            };
            // On stdout (a pipe, say from Spark) each line goes out as soon as
            // its document is done, so the reader never waits on our buffer.
            let line_by_line = matches!(sink, Sink::Stdout) && !config.gzip;
            let mut out = MaybeGzip::new(sink.writer(), config.gzip);
            pipeline.run(items, on_note, on_skip, |a| {
                seen(&a);
                export::jsonl::write(&mut out, &a.summary())?;
                if line_by_line {
                    out.flush()?;
                }
                Ok(())
            })?;
            out.finish()?;
            progress.extract_counts()
        }
        Job::Stats { json, top } => {
            let options = GraphOptions {
                other: config.other_relations,
                ..GraphOptions::default()
            };
            let mut graph = GraphBuilder::new(options);
            pipeline.run(items, on_note, on_skip, |a| {
                seen(&a);
                a.add_to(&mut graph);
                Ok(())
            })?;
            let undated = graph.undated_documents();
            let graph = pipeline.install(|| graph.finish());
            if progress.documents() > 0 {
                let summary =
                    stats::summarise(&graph, Some(progress.documents()), Some(undated), top);
                let Output::Stream(sink) = &mut output else {
                    unreachable!("stats writes one stream")
                };
                write_summary(&summary, json, sink)?;
            }
            format!("summarised {}", progress::graph_counts(&graph))
        }
        Job::Build(job) => {
            let mut graph = GraphBuilder::new(job.options);
            pipeline.run(items, on_note, on_skip, |a| {
                seen(&a);
                a.add_to(&mut graph);
                Ok(())
            })?;
            out_of_range = graph.out_of_range();
            if progress.documents() > 0 {
                pipeline.install(|| write_graph(graph, &job, config.gzip, &mut output))?
            } else {
                String::new()
            }
        }
        Job::Merge(_) => unreachable!("merge runs in run_merge"),
    };
    progress.finish();
    let (documents, skipped) = (progress.documents(), progress.skipped());
    output.finish(documents, config.quiet, |name| {
        progress.summary(&what, out_of_range, name)
    })?;
    // The process ends now: its memory goes back at once, where freeing the
    // lexicons, automaton and pools one allocation at a time took a few ms.
    std::mem::forget(pipeline);
    Ok(Outcome {
        documents,
        skipped,
        summarised: !config.quiet,
    })
}

/// The graph `stats` is asked about, when its one input is a node-link JSON
/// file (`.json`, `.json.gz`); `None` for articles. A graph among other
/// inputs is an error.
fn stats_graph_file(inputs: &[PathBuf]) -> Result<Option<newsgraph::graph::Graph>> {
    let is_graph = |p: &PathBuf| {
        let name = p.to_string_lossy().to_ascii_lowercase();
        p.is_file() && (name.ends_with(".json") || name.ends_with(".json.gz"))
    };
    let graphs: Vec<&PathBuf> = inputs.iter().filter(|p| is_graph(p)).collect();
    match graphs.as_slice() {
        [] => Ok(None),
        [path] if inputs.len() == 1 => {
            let file = std::fs::File::open(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let mut bytes = Vec::new();
            let mut reader: Box<dyn Read> = if path.to_string_lossy().ends_with(".gz") {
                Box::new(flate2::read::MultiGzDecoder::new(file))
            } else {
                Box::new(file)
            };
            reader
                .read_to_end(&mut bytes)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let graph = stats::read_graph_json(&bytes)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            Ok(Some(graph))
        }
        _ => bail!("stats reads either articles or one graph file (.json), not both or several"),
    }
}

/// Whether `stats` is given `extract` output: the first line of its first
/// part file is an object with `entities`.
fn stats_extract_parts(inputs: &[PathBuf]) -> bool {
    let parts = Parts::discover(inputs);
    let Some(path) = parts.first_file() else {
        return false;
    };
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let reader: Box<dyn Read> = if path.to_string_lossy().ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut line = String::new();
    use std::io::BufRead;
    if std::io::BufReader::new(reader.take(64 << 20))
        .read_line(&mut line)
        .is_err()
    {
        return false;
    }
    serde_json::from_str::<serde_json::Value>(&line)
        .ok()
        .is_some_and(|v| v.get("entities").is_some() && v.get("doc").is_some())
}

/// `stats` over `extract` parts: the graph `merge` would build, summarised.
fn stats_of_parts(config: &Config, json: bool, top: usize) -> Result<Outcome> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .context("cannot start worker threads")?;
    let progress = Progress::new(config.quiet, None);
    let mut graph = GraphBuilder::new(GraphOptions {
        other: config.other_relations,
        ..GraphOptions::default()
    });
    let count = merge::merge(
        Parts::discover(&config.inputs),
        &pool,
        &mut graph,
        |e| progress.skip(&e),
        |doc, bytes| progress.document(bytes, doc.entities.len(), doc.relations.len()),
    );
    progress.finish();
    if count.documents > 0 {
        let undated = graph.undated_documents();
        let graph = pool.install(|| graph.finish());
        let summary = stats::summarise(&graph, Some(count.documents), Some(undated), top);
        let mut sink = Sink::open(config.output.as_deref())?;
        write_summary(&summary, json, &mut sink)?;
        sink.commit()?;
    }
    Ok(Outcome {
        documents: count.documents,
        skipped: count.skipped,
        summarised: false,
    })
}

fn write_summary(summary: &stats::Summary, json: bool, sink: &mut Sink) -> Result<()> {
    let mut out = sink.writer();
    if json {
        serde_json::to_writer_pretty(&mut out, summary)?;
        writeln!(out)?;
    } else {
        out.write_all(summary.to_text().as_bytes())?;
    }
    out.flush()?;
    Ok(())
}

/// Where `run` writes: one stream, or the two files of `--format csv`.
enum Output {
    Stream(Sink),
    Csv {
        nodes: Sink,
        edges: Sink,
        /// The directory, if this run made it (removed again when nothing is written).
        made: Option<PathBuf>,
    },
}

impl Output {
    /// The output of a run: the CSV directory of `--format csv`, else one stream.
    fn open(config: &Config) -> Result<Output> {
        match &config.job {
            Job::Build(GraphJob {
                format: export::Format::Csv,
                ..
            })
            | Job::Merge(GraphJob {
                format: export::Format::Csv,
                ..
            }) => Output::csv_dir(config.output.as_deref().expect("checked: csv has -o DIR")),
            _ => Ok(Output::Stream(Sink::open(config.output.as_deref())?)),
        }
    }

    /// `dir/nodes.csv` and `dir/edges.csv`, making `dir` if need be.
    fn csv_dir(dir: &Path) -> Result<Output> {
        let made = if dir.is_dir() {
            None
        } else {
            std::fs::create_dir(dir)
                .with_context(|| format!("cannot make the CSV directory {}", dir.display()))?;
            Some(dir.to_path_buf())
        };
        let open = |name: &str| Sink::open(Some(&dir.join(name)));
        match (open("nodes.csv"), open("edges.csv")) {
            (Ok(nodes), Ok(edges)) => Ok(Output::Csv { nodes, edges, made }),
            (Err(e), _) | (_, Err(e)) => {
                if let Some(d) = &made {
                    let _ = std::fs::remove_dir(d);
                }
                Err(e)
            }
        }
    }

    /// Where the output goes, for the summary line.
    fn name(&self) -> String {
        match self {
            Output::Stream(sink) => sink.name(),
            Output::Csv { nodes, edges, .. } => format!("{}, {}", nodes.name(), edges.name()),
        }
    }

    /// Puts the finished output in place.
    fn commit(self) -> Result<()> {
        match self {
            Output::Stream(sink) => sink.commit(),
            Output::Csv { nodes, edges, .. } => {
                nodes.commit()?;
                edges.commit()
            }
        }
    }

    /// Puts the output in place and prints the closing line `summary` makes
    /// from its name when a document was read; otherwise leaves nothing.
    fn finish(
        self,
        documents: u64,
        quiet: bool,
        summary: impl FnOnce(&str) -> String,
    ) -> Result<()> {
        if documents == 0 {
            self.abandon();
            return Ok(());
        }
        let name = self.name();
        self.commit()?;
        if !quiet {
            eprintln!("{}", summary(&name));
        }
        Ok(())
    }

    /// Leaves nothing behind: temporary files go with the sinks, and a
    /// directory this run made is removed.
    fn abandon(self) {
        if let Output::Csv {
            nodes, edges, made, ..
        } = self
        {
            drop((nodes, edges));
            if let Some(d) = made {
                let _ = std::fs::remove_dir(d);
            }
        }
    }
}

/// `merge`: extract parts in, the graph out.
fn run_merge(config: Config) -> Result<Outcome> {
    let Job::Merge(job) = &config.job else {
        unreachable!("called for merge only")
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .context("cannot start worker threads")?;
    let parts = Parts::discover(&config.inputs);
    let mut output = Output::open(&config)?;
    let progress = Progress::new(config.quiet, None);
    let mut graph = GraphBuilder::new(job.options);
    let count = merge::merge(
        parts,
        &pool,
        &mut graph,
        |e| progress.skip(&e),
        |doc, bytes| progress.document(bytes, doc.entities.len(), doc.relations.len()),
    );
    let out_of_range = graph.out_of_range();
    let what = if count.documents > 0 {
        pool.install(|| write_graph(graph, job, config.gzip, &mut output))?
    } else {
        String::new()
    };
    progress.finish();
    output.finish(count.documents, config.quiet, |name| {
        progress.summary(&what, out_of_range, name)
    })?;
    Ok(Outcome {
        documents: count.documents,
        skipped: count.skipped,
        summarised: !config.quiet,
    })
}

/// Finishes and filters the graph and writes it to `output` (not yet
/// committed): the one way `build` and `merge` write theirs. Returns the
/// summary's account of what was written.
fn write_graph(
    graph: GraphBuilder,
    job: &GraphJob,
    gzip: bool,
    output: &mut Output,
) -> Result<String> {
    let report = export::html::Report {
        shown: job.filter.top.unwrap_or(export::html::DEFAULT_SHOWN),
        keep_isolated: job.filter.keep_isolated,
        documents: graph.documents(),
        undated: graph.undated_documents(),
        ..Default::default()
    };
    let mut graph = graph.finish();
    job.filter.apply(&mut graph);
    match output {
        Output::Stream(sink) => {
            let mut out = MaybeGzip::new(sink.writer(), gzip);
            match job.format {
                export::Format::Html => export::html::write(&graph, &report, &mut out)?,
                _ => export::write(job.format, &graph, &mut out)?,
            }
            out.finish()?;
        }
        Output::Csv { nodes, edges, .. } => {
            export::csv::write_nodes(&graph, job.csv, nodes.writer())?;
            export::csv::write_edges(&graph, job.csv, edges.writer())?;
        }
    }
    let counts = format!("wrote {}", progress::graph_counts(&graph));
    // Written; the process ends soon after (`build` and `merge` write once):
    // freeing the graph's nodes, edges and evidence one by one took 7 to
    // 15 ms, serial at the end of a run.
    std::mem::forget(graph);
    Ok(counts)
}
