#!/usr/bin/python3
"""Reference Leiden on the benchmark graphs, to compare with `ringwatch evaluate-graphs`.

Uses python-igraph and leidenalg (Debian: apt-get install -y python3-igraph python3-leidenalg;
run with /usr/bin/python3, not a pyenv python). Loads the graphs exactly as
io.ringwatch.graph.eval.BenchmarkGraphs does (simple undirected graph: nodes renumbered in
increasing id order, self-loops and repeated or reciprocal edges dropped, weight 1), runs
leidenalg's ModularityVertexPartition (10 iterations, as ours) for seeds 1..N, and prints
the same markdown table: NMI and ARI from igraph.compare_communities (an implementation
independent of ours), pairwise precision/recall, modularity from igraph.

    /usr/bin/python3 jobs/eval/leiden_reference.py [--graphs ../shared/data/graphs] [--seeds 10] [--only REGEX]
"""
import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter

import igraph as ig
import leidenalg as la


def read_lines(path, header):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    return [l for l in (lines[1:] if header else lines) if l.strip()]


def load(root, name):
    edges, truth = [], {}
    if name in ("karate", "dolphins", "polbooks", "football"):
        d = os.path.join(root, name)
        for l in read_lines(os.path.join(d, "edges.csv"), True):
            a, b = l.split(",")[:2]
            edges.append((int(a), int(b)))
        labels = {}
        for l in read_lines(os.path.join(d, "communities.csv"), True):
            node, comm = l[: l.index(",")], l[l.rindex(",") + 1 :]
            truth[int(node)] = labels.setdefault(comm.strip(), len(labels))
    elif name == "email-eu-core":
        d = os.path.join(root, name)
        for l in read_lines(os.path.join(d, "email-Eu-core.txt"), False):
            a, b = l.split()[:2]
            edges.append((int(a), int(b)))
        for l in read_lines(os.path.join(d, "email-Eu-core-department-labels.txt"), False):
            a, b = l.split()[:2]
            truth[int(a)] = int(b)
    else:
        d = os.path.join(root, "lfr")
        for l in read_lines(os.path.join(d, "networks", name + ".csv.gz"), False):
            a, b = l.split("\t")[:2]
            edges.append((int(a), int(b)))
        with gzip.open(os.path.join(d, "ground_truth", name + ".json.gz"), "rt") as f:
            for c, members in enumerate(json.load(f)["communities"]):
                for node in members:
                    truth[int(node)] = c
    ids = sorted(set(truth) | {x for e in edges for x in e})
    index = {v: i for i, v in enumerate(ids)}
    pairs = sorted({(min(index[a], index[b]), max(index[a], index[b])) for a, b in edges if a != b})
    nxt = max(truth.values(), default=-1) + 1
    labels = []
    for v in ids:
        if v in truth:
            labels.append(truth[v])
        else:
            labels.append(nxt)
            nxt += 1
    return ig.Graph(n=len(ids), edges=pairs), labels


def available(root):
    names = [g for g in ("karate", "dolphins", "polbooks", "football", "email-eu-core") if os.path.isdir(os.path.join(root, g))]
    lfr = os.path.join(root, "lfr", "networks")
    if os.path.isdir(lfr):
        found = [f[: -len(".csv.gz")] for f in os.listdir(lfr) if f.endswith(".csv.gz")]
        found.sort(key=lambda n: (int(re.match(r"LFR_N(\d+)_", n).group(1)), n))
        names += found
    return names


def pair_counts(pred, truth):
    def pairs(counter):
        return sum(c * (c - 1) // 2 for c in counter.values())
    together = pairs(Counter(zip(pred, truth)))
    return together, pairs(Counter(pred)), pairs(Counter(truth))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_root = os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "data", "graphs"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graphs", default=default_root)
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--only")
    ap.add_argument("--iterations", type=int, default=10, help="n_iterations of leidenalg (-1: until stable)")
    args = ap.parse_args()
    names = [n for n in available(args.graphs) if not args.only or re.fullmatch(args.only, n)]
    print(f"leidenalg {la.version} / python-igraph {ig.__version__}, ModularityVertexPartition, "
          f"{args.iterations} iterations, mean of {args.seeds} seeds\n")
    print("| graph | nodes | edges | true comm. | found comm. | modularity | truth modularity | NMI | ARI | pair precision | pair recall |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    start = time.time()
    for name in names:
        g, truth = load(args.graphs, name)
        sums = Counter()
        for seed in range(1, args.seeds + 1):
            part = la.find_partition(g, la.ModularityVertexPartition, n_iterations=args.iterations, seed=seed)
            pred = part.membership
            t, p, r = pair_counts(pred, truth)
            sums["comm"] += len(set(pred))
            sums["q"] += g.modularity(pred)
            sums["nmi"] += ig.compare_communities(pred, truth, method="nmi")
            sums["ari"] += ig.compare_communities(pred, truth, method="ari")
            sums["p"] += t / p if p else float("nan")
            sums["r"] += t / r if r else float("nan")
        n = args.seeds
        print(f"| {name} | {g.vcount()} | {g.ecount()} | {len(set(truth))} | {sums['comm'] / n:.1f} | "
              f"{sums['q'] / n:.4f} | {g.modularity(truth):.4f} | {sums['nmi'] / n:.3f} | {sums['ari'] / n:.3f} | "
              f"{sums['p'] / n:.3f} | {sums['r'] / n:.3f} |")
    print(f"\n{len(names)} graphs in {time.time() - start:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
