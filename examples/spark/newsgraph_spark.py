#!/usr/bin/env python3
"""Build a newsgraph knowledge graph on Apache Spark.

Each Spark task pipes its partition of a JSON Lines corpus through
`newsgraph extract -`; the parts are saved gzipped under PARTS_DIR; then
`newsgraph merge PARTS_DIR` folds them into one graph on the driver. The
graph is byte for byte the one `newsgraph build INPUT` writes, however Spark
splits the input.

Local mode, where pyspark is installed (pip install pyspark; Java 17):

    python examples/spark/newsgraph_spark.py news.jsonl.gz /tmp/parts \\
        --bin target/release/newsgraph --master 'local[2]' -o graph.graphml

A cluster:

    spark-submit --master yarn --deploy-mode client \\
        examples/spark/newsgraph_spark.py hdfs:///news/2024/ /shared/parts \\
        --bin /opt/newsgraph/newsgraph -o graph.graphml --partitions 400

Shipping the binary: on a local master the --bin file is run where it is.
On any other master it is shipped to the executors with
SparkContext.addFile (what `spark-submit --files PATH` does) and each task
runs SparkFiles.get(<file name>), made executable. Build it for the
executors' system, e.g. `cargo build --release --target
x86_64-unknown-linux-musl` for a static Linux binary.

INPUT is read with SparkContext.textFile (a local path, an hdfs:// or s3a://
URI, a directory or a glob; .gz files are decompressed). Every line is one
`{"id", "date"?, "title"?, "text"}` article and must have a unique "id": a
line without one is named after its place in the task's input, which differs
from `build`'s name for it.

Exit status: 0 success; 2 graph written but some documents or part lines
were skipped (each is named on stderr or in the executors' logs); 1 nothing
written.
"""

import argparse
import itertools
import os
import shutil
import stat
import subprocess
import sys
import threading
from collections import deque

GZIP_CODEC = "org.apache.hadoop.io.compress.GzipCodec"


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="newsgraph_spark.py",
        description="Run newsgraph extract on Spark and merge the parts into one graph.",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("input", metavar="INPUT",
                   help="JSON Lines corpus: a path or URI Spark reads (local, hdfs://, s3a://), .gz allowed")
    p.add_argument("parts", metavar="PARTS_DIR",
                   help="where the gzipped extract parts go; must not exist yet. newsgraph merge reads it "
                        "on the driver, so give a local or shared path (for hdfs:// or s3a://, the merge "
                        "command is printed for you to run after copying the parts)")
    p.add_argument("--bin", required=True, metavar="PATH",
                   help="the newsgraph binary (shipped to executors unless the master is local)")
    p.add_argument("--master", metavar="URL",
                   help="Spark master, e.g. local[2], yarn, spark://host:7077 (default: what "
                        "spark-submit says, else local[*])")
    p.add_argument("-o", "--output", required=True, metavar="GRAPH",
                   help="the graph file newsgraph merge writes (.graphml, .json, .gexf, each "
                        "optionally .gz)")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="at least this many input partitions, i.e. extract tasks (default: Spark's)")
    p.add_argument("--task-threads", type=int, default=1, metavar="N",
                   help="threads of each newsgraph extract (default 1: Spark runs a task a core)")
    p.add_argument("--max-doc-bytes", type=int, metavar="BYTES",
                   help="newsgraph extract --max-doc-bytes")
    p.add_argument("--other-relations", action="store_true",
                   help="given to both extract and merge (relations of category other)")
    g = p.add_argument_group(
        "graph options",
        "Passed to newsgraph merge as they are, and so is any option this script does not know "
        "(the filters: --types, --relations, --min-weight, --min-documents, --top, --since, "
        "--until, --keep-isolated); newsgraph checks them before Spark starts.")
    g.add_argument("--format", metavar="FORMAT",
                   help="as newsgraph merge --format (graphml, json, gexf); default: from the -o extension")
    g.add_argument("--edges", choices=["cooccurrence", "relations", "both"])
    g.add_argument("--evidence", type=int, metavar="N", help="example sentences per relation edge")
    g.add_argument("--max-sentence-entities", type=int, metavar="N")
    args, rest = p.parse_known_args(argv)
    # Other newsgraph merge options (filters such as --types or --min-weight)
    # go through as they are; newsgraph checks them before Spark starts.
    args.merge_extra = rest
    return args


def local_path(uri):
    """A file:// URI as the path newsgraph reads; other strings as they are."""
    return uri[len("file://"):] if uri.startswith("file://") else uri


def merge_command(args):
    cmd = [os.path.abspath(args.bin), "merge", local_path(args.parts), "-o", args.output, "-q"]
    for flag, value in (("--format", args.format), ("--edges", args.edges),
                        ("--evidence", args.evidence),
                        ("--max-sentence-entities", args.max_sentence_entities)):
        if value is not None:
            cmd += [flag, str(value)]
    if args.other_relations:
        cmd.append("--other-relations")
    return cmd + args.merge_extra


def extract_command(binary, args):
    cmd = [binary, "extract", "-", "-q", "--threads", str(args.task_threads)]
    if args.max_doc_bytes:
        cmd += ["--max-doc-bytes", str(args.max_doc_bytes)]
    if args.other_relations:
        cmd.append("--other-relations")
    return cmd


def is_local(master):
    return master.startswith("local")


def make_extract(bin_spec, args, warnings):
    """The function each task runs on its partition: lines in, extract lines out."""

    def run(lines):
        it = iter(lines)
        first = next(it, None)
        if first is None:  # an empty partition: extract would say "no document"
            return
        if bin_spec[0] == "shipped":
            from pyspark import SparkFiles
            binary = SparkFiles.get(bin_spec[1])
            mode = os.stat(binary).st_mode
            if not mode & stat.S_IXUSR:
                os.chmod(binary, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        else:
            binary = bin_spec[1]
        # The task's own environment: a child with none cannot even find its libraries.
        proc = subprocess.Popen(extract_command(binary, args), stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
        err_tail = deque(maxlen=50)
        counts = {"warnings": 0}

        def feed():
            # Written from a thread while the task reads the output: neither side
            # waits on a full pipe.
            try:
                for line in itertools.chain([first], it):
                    proc.stdin.write(line.encode("utf-8"))
                    proc.stdin.write(b"\n")
            except BrokenPipeError:
                pass
            finally:
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass

        def drain_stderr():
            for raw in proc.stderr:
                text = raw.decode("utf-8", "replace").rstrip("\n")
                if "warning:" in text:
                    counts["warnings"] += 1
                err_tail.append(text)
                print(text, file=sys.stderr)  # into the executor's log

        feeder = threading.Thread(target=feed, daemon=True)
        reader = threading.Thread(target=drain_stderr, daemon=True)
        feeder.start()
        reader.start()
        for out in proc.stdout:
            yield out.decode("utf-8").rstrip("\n")
        code = proc.wait()
        feeder.join()
        reader.join()
        warnings.add(counts["warnings"])
        stderr = "\n".join(err_tail)
        # 2: lines written, some documents skipped (counted above); 1 with
        # "no readable document": every document of the partition was skipped.
        if code == 0 or code == 2 or (code == 1 and "no readable document" in stderr):
            return
        raise RuntimeError(f"newsgraph extract exited with status {code} on {binary}:\n{stderr}")

    return run


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not os.path.isfile(args.bin) and shutil.which(args.bin):
        args.bin = shutil.which(args.bin)
    if not os.path.isfile(args.bin):
        sys.exit(f"newsgraph_spark: error: --bin {args.bin}: no such file")
    remote_parts = "://" in args.parts and not args.parts.startswith("file://")
    if not remote_parts and os.path.exists(local_path(args.parts)):
        sys.exit(f"newsgraph_spark: error: {args.parts} exists; remove it or give another PARTS_DIR")
    # Check the merge options before Spark spends anything: an empty merge
    # run reads stdin, so feed it nothing and look only for a usage error.
    probe = merge_command(args)
    probe[2] = "-"
    probe = subprocess.run(probe, input=b"", capture_output=True)
    if probe.returncode == 1 and b"no readable document" not in probe.stderr:
        sys.exit(probe.stderr.decode("utf-8", "replace").strip())

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("newsgraph")
    master = args.master or conf.get("spark.master", None) or "local[*]"
    conf.setMaster(master)
    if is_local(master):
        # Facts of single-machine runs: bind to loopback, no UI port.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        conf.set("spark.driver.host", "127.0.0.1")
        conf.set("spark.driver.bindAddress", "127.0.0.1")
        conf.set("spark.ui.enabled", "false")
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    try:
        if is_local(master):
            bin_spec = ("path", os.path.abspath(args.bin))
        else:
            sc.addFile(os.path.abspath(args.bin))
            bin_spec = ("shipped", os.path.basename(args.bin))
        warnings = sc.accumulator(0)
        lines = sc.textFile(args.input, minPartitions=args.partitions) if args.partitions \
            else sc.textFile(args.input)
        parts = lines.mapPartitions(make_extract(bin_spec, args, warnings))
        parts.saveAsTextFile(args.parts, compressionCodecClass=GZIP_CODEC)
        skipped_in_extract = warnings.value
    finally:
        sc.stop()

    cmd = merge_command(args)
    if remote_parts:
        print("parts written to", args.parts, "; copy them here and run:", file=sys.stderr)
        print(" ".join(cmd), file=sys.stderr)
        return 2 if skipped_in_extract else 0
    code = subprocess.run(cmd).returncode
    if skipped_in_extract:
        print(f"newsgraph_spark: extract skipped {skipped_in_extract} documents "
              "(named in the executors' logs)", file=sys.stderr)
    if code == 0 and skipped_in_extract:
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
