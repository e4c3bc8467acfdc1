#!/usr/bin/env bash
# A 2-node SolrCloud on this machine, outside the project's tests, for the acceptance check of
# issue 20: started from the Solr jars in ~/.m2 (the test classpath: solr-test-framework's
# MiniSolrCloudCluster with its embedded ZooKeeper). Prints the nodes' URLs and runs until Ctrl-C.
#
#   bench/solr-cluster.sh [DIR] [NODES]      (default: target/solr-cluster, 2 nodes)
#
# Then, in another terminal:
#   ./newsfacts index corpus --solr URL --shards 2 --replicas 2
#   ./newsfacts search emploi --solr URL
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dir="${1:-$root/target/solr-cluster}"
nodes="${2:-2}"
mvn -q -o -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
rm -rf "$dir"
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  io.newsfacts.solr.SolrCluster "$dir" "$nodes"
