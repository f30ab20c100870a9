#!/usr/bin/env node
// Load newsgraph's GEXF with graphology-gexf (what Gephi Lite imports GEXF
// with; undeclared attributes and edges to missing nodes throw) and check it
// against the node-link JSON export of the same graph: node and edge counts,
// a mixed multi graph with co-occurrence edges undirected and relation edges
// directed, every node's label, type, counts, colour (by type) and size
// (growing with mentions), every edge's kind, relation, negation and weight,
// and each relation's first evidence sentence.
//
// Usage: node check_gexf.js GRAPH.gexf GRAPH.json
// Exit status: 0 all checks pass; 1 a check failed; 3 a module is missing
// (stdout then reads "MISSING: <what>").
'use strict';
const fs = require('fs');

const { load, check } = require('./common.js');

const Graph = load('graphology');
const gexf = load('graphology-gexf');

const [gexfFile, jsonFile] = process.argv.slice(2);
const g = gexf.parse(Graph, fs.readFileSync(gexfFile, 'utf8'), { addMissingNodes: false, allowUndeclaredAttributes: false });
const want = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));

// The Okabe-Ito colours of src/export/palette.rs.
const COLOURS = {
  person: 'rgb(230,159,0)',
  organisation: 'rgb(0,114,178)',
  country: 'rgb(0,158,115)',
  weapon: 'rgb(213,94,0)',
  location: 'rgb(204,121,167)',
};

check(g.type === 'mixed', `graph type is ${g.type}, not mixed`);
check(g.multi, 'graph is not multi: parallel edges would be lost');
check(g.order === want.nodes.length, `${g.order} nodes, JSON has ${want.nodes.length}`);
check(g.size === want.links.length, `${g.size} edges, JSON has ${want.links.length}`);
const cooc = want.links.filter((l) => l.kind === 'cooccurrence').length;
check(g.undirectedSize === cooc, `${g.undirectedSize} undirected edges, JSON has ${cooc} co-occurrence links`);
check(g.directedSize === want.links.length - cooc, `${g.directedSize} directed edges`);

const types = new Set();
const sizes = [];
for (const n of want.nodes) {
  check(g.hasNode(n.id), `node ${n.id} missing`);
  const a = g.getNodeAttributes(n.id);
  for (const k of ['label', 'type', 'mentions', 'documents']) check(a[k] === n[k], `node ${n.id}: ${k} ${a[k]} vs ${n[k]}`);
  check(a.color === COLOURS[n.type], `node ${n.id}: colour ${a.color} for type ${n.type}`);
  check(typeof a.size === 'number' && a.size >= 5, `node ${n.id}: size ${a.size}`);
  types.add(a.type);
  sizes.push([n.mentions, a.size]);
}
sizes.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
for (let i = 1; i < sizes.length; i++) check(sizes[i][1] >= sizes[i - 1][1], 'size does not grow with mentions');

const key = (s, t, directed, a) => {
  const [x, y] = directed ? [s, t] : [s, t].sort();
  return `${x}|${y}|${directed}|${a.kind}|${a.relation || ''}|${a.negated === true}|${Number(a.weight)}`;
};
const got = [];
const evidence = {};
g.forEachEdge((e, a, s, t, sa, ta, undirected) => {
  got.push(key(s, t, !undirected, a));
  if (a.kind === 'relation') evidence[`${s}|${t}|${a.relation}|${a.negated}`] = a.evidence || '';
});
const exp = want.links.map((l) => key(l.source, l.target, l.kind === 'relation', l));
got.sort();
exp.sort();
check(JSON.stringify(got) === JSON.stringify(exp), `edges differ from the JSON's: ${got.slice(0, 3)} vs ${exp.slice(0, 3)}`);
let withEvidence = 0;
for (const l of want.links) {
  if (l.kind !== 'relation' || !l.evidence) continue;
  const text = evidence[`${l.source}|${l.target}|${l.relation}|${l.negated}`];
  check(text && text.includes(l.evidence[0].text), `relation ${l.source} ${l.relation} ${l.target}: evidence lost`);
  withEvidence++;
}
console.log(
  `graphology-gexf agrees with the JSON: ${g.order} nodes (${[...types].sort().join(', ')}), ${g.size} edges ` +
    `(${g.undirectedSize} undirected cooccurrence, ${g.directedSize} directed relation, ${withEvidence} with evidence)`
);
