//! The command line: clap definitions, turned into a checked [`Config`].

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use newsgraph::export::{Edges, Format};
use newsgraph::extract::EntityType;
use newsgraph::graph::{DateRange, Filter, GraphOptions};

const ABOUT: &str = "Turn news articles into a knowledge graph of people, organisations, \
countries and weapons systems, linked by the sentences they share.";

const AFTER: &str = "\
INPUT is a file, a directory (searched recursively for .txt, .md, .jsonl and .ndjson, \
each optionally gzipped as .gz), or - for stdin; no INPUT reads stdin. JSON Lines hold \
one {\"id\", \"date\"?, \"title\"?, \"text\"} object a line. A text article may begin \
with `date YYYY-MM-DD`, which becomes its date.

Exit status: 0 success; 2 output written but some input was skipped (each skip is named \
on stderr); 1 nothing done (bad arguments, no readable document, output not writable).

Examples:
  newsgraph build samples/ -o graph.graphml
  newsgraph build dump.jsonl.gz -o graph.json --threads 4
  newsgraph extract articles/ -o entities.jsonl
  cat article.txt | newsgraph extract";

#[derive(Parser, Debug)]
#[command(name = "newsgraph", version, about = ABOUT, after_help = AFTER)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build the entity graph of all inputs and write it as GraphML, JSON, GEXF or CSV.
    #[command(
        after_help = "Examples:\n  newsgraph build samples/ -o graph.graphml\n  \
newsgraph build news.jsonl.gz --format json > graph.json\n  \
newsgraph build samples/ -o graph.gexf --top 100 --since 2020-06\n  \
newsgraph build samples/ --format csv -o graph-csv\n\n\
Open the GraphML in Gephi (File > Open), or in Python with networkx.read_graphml(path) or \
igraph.Graph.Read_GraphML(path); load the JSON with networkx.node_link_graph(data, edges=\"links\"). \
Open the GEXF in Gephi (timeline included) or Gephi Lite; load the CSV with Gephi's spreadsheet \
import, Kùzu (examples/kuzu/load.py) or neo4j-admin (--csv-flavour neo4j)."
    )]
    Build(BuildArgs),
    /// Write each document's entities (and relations) as JSON Lines, in input order.
    #[command(
        after_help = "Example:\n  newsgraph extract articles/ -o entities.jsonl\n\n\
Each line: {\"doc\", \"date\", \"entities\": [{\"id\", \"type\", \"label\", \"mentions\": \
[{\"text\", \"start\", \"end\", \"sentence\"}]}], \"relations\": [...]}; start and end are \
byte offsets into the document text (after any date header)."
    )]
    Extract(CommonArgs),
    /// Fold `extract` output (JSON Lines parts, plain or gzip) into one graph:
    /// the same graph `build` makes of the parts' inputs.
    #[command(
        after_help = "PART is an `extract` output file, a directory of part files as Spark, Dask or \
split leave them (part-00000, part-00000.gz, 0.part; _SUCCESS, _temporary/, hidden and .crc \
files skipped), or - for stdin; no PART reads stdin. Gzip is recognised by its content.\n\n\
merge of the parts equals build of their inputs byte for byte, whatever the order and grouping \
of the parts, when extract and merge are given the same --other-relations. A document id seen \
twice is counted once (the second copy is named on stderr and skipped); a bad line is named \
as file:line and skipped; both make the exit status 2.\n\n\
Examples:\n  newsgraph extract a/ -o a.jsonl.gz && newsgraph extract b/ -o b.jsonl.gz\n  \
newsgraph merge a.jsonl.gz b.jsonl.gz -o graph.graphml\n  \
newsgraph merge spark-parts/ --format json -o graph.json"
    )]
    Merge(MergeArgs),
    /// Summarise articles, extract output, or a graph newsgraph wrote as JSON: counts
    /// by type and kind, top entities, strongest relations with evidence, dates, busiest months.
    #[command(
        after_help = "Examples:\n  newsgraph stats samples/\n  newsgraph stats parts.jsonl.gz\n  \
newsgraph stats graph.json --json\n\n\
INPUT is articles (as for build), extract output (JSON Lines parts, files or folders, \
as merge reads them), or one node-link JSON graph written by newsgraph build (.json or \
.json.gz); a graph file records no document counts."
    )]
    Stats(StatsArgs),
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    pub common: CommonArgs,

    /// Write the summary as JSON instead of text. Example: --json
    #[arg(long)]
    pub json: bool,

    /// Entries in each top list. Example: --top 20
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,
}

#[derive(Args, Debug)]
pub struct CommonArgs {
    /// Files, directories, or - for stdin (default: stdin).
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Write here (whole or not at all) instead of stdout. Example: -o graph.graphml
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Worker threads (default: all cores). The output is the same for any value. Example: --threads 1
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,

    /// Add a lexicon: TYPE is person, organisation, country, weapon, location or title;
    /// FILE holds `name<TAB>alias|alias` lines. Repeatable. Example: --lexicon weapon=my_weapons.tsv
    #[arg(long, value_name = "TYPE=FILE")]
    pub lexicon: Vec<String>,

    /// Never tag these names: TYPE is person, organisation, country, weapon, location
    /// or all; FILE holds `name[<TAB>why]` lines (see README). Repeatable.
    /// Example: --stop organisation=not_companies.tsv
    #[arg(long, value_name = "TYPE=FILE")]
    pub stop: Vec<String>,

    /// Add relation verbs: FILE holds `category<TAB>form[<TAB>flags]` lines, the
    /// format of the built-in verbs.tsv (see README). Repeatable. Example: --verbs my_verbs.tsv
    #[arg(long, value_name = "FILE")]
    pub verbs: Vec<PathBuf>,

    /// Skip documents (and JSONL lines) larger than this many bytes. Example: --max-doc-bytes 1000000
    #[arg(long, value_name = "BYTES", default_value_t = 32 << 20)]
    pub max_doc_bytes: usize,

    /// Also relate two names linked by a verb outside the verb lexicon, as
    /// category `other` with the verb as written (off by default).
    /// Negated statements ("did not sign") are always kept, marked negated=true,
    /// and never merged with the positive relation. Example: --other-relations
    #[arg(long)]
    pub other_relations: bool,

    /// No progress display (shown only on a terminal anyway) and no summary
    /// line on stderr; warnings are still printed. Example: -q
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum FormatArg {
    Graphml,
    Json,
    Gexf,
    Csv,
    Html,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum CsvFlavourArg {
    Gephi,
    Neo4j,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum EdgesArg {
    Cooccurrence,
    Relations,
    Both,
}

#[derive(Args, Debug)]
pub struct BuildArgs {
    #[command(flatten)]
    pub common: CommonArgs,

    #[command(flatten)]
    pub graph: GraphArgs,
}

#[derive(Args, Debug)]
pub struct MergeArgs {
    /// extract output files, directories of part files, or - for stdin (default: stdin).
    #[arg(value_name = "PART")]
    pub inputs: Vec<PathBuf>,

    /// Write here (whole or not at all) instead of stdout. Example: -o graph.graphml
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Threads parsing the parts (default: all cores). The output is the same for any value.
    /// Example: --threads 1
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,

    /// Keep relations of category `other` (written by `extract --other-relations`).
    /// Example: --other-relations
    #[arg(long)]
    pub other_relations: bool,

    /// No progress display on stderr; warnings are still printed. Example: -q
    #[arg(short, long)]
    pub quiet: bool,

    #[command(flatten)]
    pub graph: GraphArgs,
}

/// What shapes the graph and how it is written: shared by `build` and `merge`.
#[derive(Args, Debug)]
pub struct GraphArgs {
    /// Output format (default: from the -o extension, .graphml, .json, .gexf or .html, each
    /// optionally followed by .gz; else graphml). csv writes nodes.csv and edges.csv
    /// into the directory -o names. Example: --format gexf
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,

    /// Headers of --format csv: gephi (Gephi's spreadsheet importer, Kùzu) or
    /// neo4j (neo4j-admin database import). Example: --csv-flavour neo4j
    #[arg(long, value_enum, value_name = "FLAVOUR")]
    pub csv_flavour: Option<CsvFlavourArg>,

    /// At most this many entities of one sentence are linked by co-occurrence
    /// (the first N by position), so a sentence listing 100 names adds at most
    /// N*(N-1)/2 edges, not 4,950. Example: --max-sentence-entities 10
    #[arg(long, value_name = "N", default_value_t = newsgraph::relate::DEFAULT_SENTENCE_CAP)]
    pub max_sentence_entities: usize,

    /// Which edges to write. Example: --edges cooccurrence
    #[arg(long, value_enum, default_value_t = EdgesArg::Both)]
    pub edges: EdgesArg,

    /// Example sentences kept on each relation edge (0 for none). Example: --evidence 5
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub evidence: usize,

    #[command(flatten)]
    pub filter: FilterArgs,
}

impl GraphArgs {
    /// The checked graph job (format, graph options, filter, CSV flavour) and
    /// whether to gzip the output.
    fn to_job(&self, output: Option<&Path>, other: bool) -> Result<(GraphJob, bool)> {
        let explicit = self.format.map(|f| match f {
            FormatArg::Graphml => Format::GraphMl,
            FormatArg::Json => Format::Json,
            FormatArg::Gexf => Format::Gexf,
            FormatArg::Csv => Format::Csv,
            FormatArg::Html => Format::Html,
        });
        let (format, gzip) = output_format(explicit, output)?;
        let filter = self.filter.to_filter()?;
        let csv = match (self.csv_flavour, format) {
            (Some(_), f) if f != Format::Csv => {
                bail!("--csv-flavour goes with --format csv")
            }
            (Some(CsvFlavourArg::Neo4j), _) => newsgraph::export::csv::Flavour::Neo4j,
            _ => newsgraph::export::csv::Flavour::Gephi,
        };
        let edges = match self.edges {
            EdgesArg::Cooccurrence => Edges::Cooccurrence,
            EdgesArg::Relations => Edges::Relations,
            EdgesArg::Both => Edges::Both,
        };
        if self.max_sentence_entities < 2 {
            bail!("--max-sentence-entities must be at least 2");
        }
        let options = GraphOptions {
            sentence_cap: self.max_sentence_entities,
            evidence: self.evidence,
            cooccurrence: edges != Edges::Relations,
            relations: edges != Edges::Cooccurrence,
            other,
            dates: filter.dates,
        };
        let job = GraphJob {
            format,
            options,
            filter,
            csv,
        };
        Ok((job, gzip))
    }
}

/// What to keep of the graph; the same for every format and for every
/// command that writes a graph (flatten it into the command's arguments).
/// With any of these set, a node left without an edge is dropped unless
/// --keep-isolated.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Filters")]
pub struct FilterArgs {
    /// Keep only entities of these types (person, organisation, country,
    /// weapon, location), comma-separated. Example: --types country,weapon
    #[arg(long, value_name = "TYPE,...", value_delimiter = ',')]
    pub types: Vec<String>,

    /// Keep only relation edges of these categories (co-occurrence edges are
    /// chosen by --edges), comma-separated. Example: --relations supply,acquire
    #[arg(long, value_name = "CATEGORY,...", value_delimiter = ',')]
    pub relations: Vec<String>,

    /// Drop edges of smaller weight (sentences for co-occurrence, statements
    /// for relations). Example: --min-weight 2
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_weight: u64,

    /// Drop entities and edges seen in fewer documents. Example: --min-documents 3
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_documents: u64,

    /// Keep the N entities of largest weighted degree (sum of their edge
    /// weights after the other filters; ties by id) and the edges among them.
    /// Example: --top 100
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,

    /// Count only articles dated on or after this day (YYYY, YYYY-MM or
    /// YYYY-MM-DD); undated articles are left out. Example: --since 2020-06
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Count only articles dated on or before this day (YYYY, YYYY-MM or
    /// YYYY-MM-DD); undated articles are left out. Example: --until 2021
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,

    /// Keep entities left without an edge by the filters. Example: --keep-isolated
    #[arg(long)]
    pub keep_isolated: bool,
}

impl FilterArgs {
    /// The checked filter.
    pub fn to_filter(&self) -> Result<Filter> {
        let types = if self.types.is_empty() {
            None
        } else {
            let mut types = Vec::new();
            for t in &self.types {
                match EntityType::parse(t.trim()) {
                    Some(k) => types.push(k),
                    None => bail!(
                        "--types: unknown type {t:?}; known: person, organisation, country, weapon, location"
                    ),
                }
            }
            Some(types)
        };
        let relations = (!self.relations.is_empty()).then(|| {
            self.relations
                .iter()
                .map(|r| r.trim().to_ascii_lowercase())
                .collect()
        });
        if self.top == Some(0) {
            bail!("--top must be at least 1");
        }
        let since = self
            .since
            .as_deref()
            .map(DateRange::parse_since)
            .transpose()
            .map_err(|e| anyhow::anyhow!("--since: {e}"))?;
        let until = self
            .until
            .as_deref()
            .map(DateRange::parse_until)
            .transpose()
            .map_err(|e| anyhow::anyhow!("--until: {e}"))?;
        if let (Some(s), Some(u)) = (since, until) {
            if s > u {
                bail!("--since is after --until: no article can be in range");
            }
        }
        let filter = Filter {
            types,
            relations,
            min_weight: self.min_weight,
            min_documents: self.min_documents,
            top: self.top,
            dates: DateRange { since, until },
            keep_isolated: self.keep_isolated,
        };
        filter
            .check()
            .map_err(|e| anyhow::anyhow!("--relations: {e}"))?;
        Ok(filter)
    }
}

/// The format of `build`'s output and whether to gzip it: `--format` if
/// given, else from the `-o` extension (`.gz` after any extension gzips),
/// else GraphML. Without `--format`, an extension newsgraph does not write is
/// an error naming those it knows. The one place output names are read.
pub fn output_format(explicit: Option<Format>, output: Option<&Path>) -> Result<(Format, bool)> {
    let (ext, gzip) = output
        .filter(|p| p.as_os_str() != "-")
        .map(split_gz)
        .unwrap_or((None, false));
    let format = match (explicit, ext) {
        (Some(Format::Csv), _) => {
            if output.is_none_or(|p| p.as_os_str() == "-") {
                bail!("--format csv writes nodes.csv and edges.csv into a directory: give -o DIR");
            }
            return Ok((Format::Csv, false));
        }
        (Some(f), _) => f,
        (None, None) => Format::GraphMl,
        (None, Some(e)) => match Format::from_extension(&e) {
            Some(f) => f,
            None => {
                let known: Vec<String> = Format::ALL
                    .iter()
                    .filter_map(|f| f.extension())
                    .map(|e| format!(".{e}"))
                    .collect();
                bail!(
                    "-o {}: newsgraph does not write .{e} files; it writes {} (each optionally \
                     followed by .gz), or CSV into a directory with --format csv; or give --format",
                    output.expect("extension from a path").display(),
                    known.join(", ")
                );
            }
        },
    };
    Ok((format, gzip))
}

/// Whether `extract`'s output is gzipped (`-o NAME.gz`); it is JSON Lines
/// whatever the name.
pub fn output_gzip(output: Option<&Path>) -> bool {
    output
        .filter(|p| p.as_os_str() != "-")
        .is_some_and(|p| split_gz(p).1)
}

/// The extension (lowercase, before any `.gz`) and whether `.gz` ends the name.
fn split_gz(path: &Path) -> (Option<String>, bool) {
    let ext = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
    };
    match ext(path).as_deref() {
        Some("gz") => (ext(&path.with_extension("")), true),
        _ => (ext(path), false),
    }
}

/// What to do, checked.
#[derive(Debug)]
pub struct Config {
    pub job: Job,
    pub inputs: Vec<PathBuf>,
    pub output: Option<PathBuf>,
    pub threads: usize,
    pub lexicons: Vec<(String, String)>,
    pub stops: Vec<(String, String)>,
    pub verbs: Vec<PathBuf>,
    pub max_doc_bytes: usize,
    pub other_relations: bool,
    pub quiet: bool,
    /// Gzip the output (`-o NAME.gz`).
    pub gzip: bool,
}

#[derive(Debug)]
pub enum Job {
    Build(GraphJob),
    Extract,
    Stats { json: bool, top: usize },
    Merge(GraphJob),
}

/// What `build` and `merge` make of their documents.
#[derive(Debug)]
pub struct GraphJob {
    pub format: Format,
    pub options: GraphOptions,
    pub filter: Filter,
    pub csv: newsgraph::export::csv::Flavour,
}

impl Cli {
    pub fn into_config(self) -> Result<Config> {
        let (common, job, gzip) = match self.command {
            Command::Extract(c) => {
                let gzip = output_gzip(c.output.as_deref());
                (c, Job::Extract, gzip)
            }
            Command::Stats(st) => {
                let job = Job::Stats {
                    json: st.json,
                    top: st.top,
                };
                (st.common, job, false)
            }
            Command::Build(b) => {
                let (job, gzip) = b
                    .graph
                    .to_job(b.common.output.as_deref(), b.common.other_relations)?;
                (b.common, Job::Build(job), gzip)
            }
            Command::Merge(m) => {
                let (job, gzip) = m.graph.to_job(m.output.as_deref(), m.other_relations)?;
                let common = CommonArgs {
                    inputs: m.inputs,
                    output: m.output,
                    threads: m.threads,
                    lexicon: Vec::new(),
                    verbs: Vec::new(),
                    stop: Vec::new(),
                    max_doc_bytes: usize::MAX,
                    other_relations: m.other_relations,
                    quiet: m.quiet,
                };
                (common, Job::Merge(job), gzip)
            }
        };
        let threads = match common.threads {
            Some(0) => bail!("--threads must be at least 1"),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        if common.max_doc_bytes == 0 {
            bail!("--max-doc-bytes must be at least 1");
        }
        let mut lexicons = Vec::new();
        for l in &common.lexicon {
            let Some((kind, path)) = l.split_once('=') else {
                bail!("--lexicon takes TYPE=FILE, got {l:?}");
            };
            lexicons.push((kind.to_string(), path.to_string()));
        }
        let mut stops = Vec::new();
        for l in &common.stop {
            let Some((kind, path)) = l.split_once('=') else {
                bail!("--stop takes TYPE=FILE, got {l:?}");
            };
            stops.push((kind.to_string(), path.to_string()));
        }
        Ok(Config {
            job,
            inputs: common.inputs,
            output: common.output,
            threads,
            lexicons,
            stops,
            verbs: common.verbs,
            max_doc_bytes: common.max_doc_bytes,
            other_relations: common.other_relations,
            quiet: common.quiet,
            gzip,
        })
    }
}
