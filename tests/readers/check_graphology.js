#!/usr/bin/env node
// Load newsgraph's GraphML with graphology-graphml (what Gephi Lite imports
// with) and check it against the file: node and edge counts, a directed
// multi graph, every edge's kind, relation and weight, and the direction of
// every edge.
//
// Usage: node check_graphology.js GRAPH.graphml
// Exit status: 0 all checks pass; 1 a check failed; 3 a module is missing
// (stdout then reads "MISSING: <what>"). Modules are looked up in
// tests/readers/node_modules (installed by .ci/run) or the usual places.
'use strict';
const fs = require('fs');

const { load, check } = require('./common.js');

const Graph = load('graphology');
const graphml = load('graphology-graphml');
const { DOMParser } = load('@xmldom/xmldom');

const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8');
const g = graphml.parse(Graph, text, { addMissingNodes: false });

// What the file declares.
const doc = new DOMParser().parseFromString(text, 'text/xml');
const keys = {};
for (const k of Array.from(doc.getElementsByTagName('key'))) keys[k.getAttribute('id')] = k.getAttribute('attr.name');
const nodes = Array.from(doc.getElementsByTagName('node')).map((n) => n.getAttribute('id'));
const edges = Array.from(doc.getElementsByTagName('edge')).map((e) => {
  const data = {};
  for (const d of Array.from(e.getElementsByTagName('data'))) data[keys[d.getAttribute('key')]] = d.textContent;
  return { source: e.getAttribute('source'), target: e.getAttribute('target'), data };
});

check(g.type === 'directed', `graph type is ${g.type}, not directed`);
check(g.multi, 'graph is not multi: parallel edges would be lost');
check(g.order === nodes.length, `${g.order} nodes, file has ${nodes.length}`);
check(g.size === edges.length, `${g.size} edges, file has ${edges.length}`);
for (const id of nodes) check(g.hasNode(id) && g.getNodeAttribute(id, 'label'), `node ${id} missing or without label`);

const key = (s, t, a) => `${s}|${t}|${a.kind}|${a.relation || ''}|${Number(a.weight)}`;
const got = [];
g.forEachEdge((e, attrs, s, t) => got.push(key(s, t, attrs)));
const want = edges.map((e) => key(e.source, e.target, e.data));
got.sort();
want.sort();
check(JSON.stringify(got) === JSON.stringify(want), `edges differ from the file's: ${got.slice(0, 3)} vs ${want.slice(0, 3)}`);
const kinds = new Set(edges.map((e) => e.data.kind));
check(kinds.has('cooccurrence') && kinds.has('relation'), `edge kinds ${[...kinds]}`);
console.log(`graphology agrees: ${g.order} nodes, ${g.size} edges (${[...kinds].join(', ')})`);
