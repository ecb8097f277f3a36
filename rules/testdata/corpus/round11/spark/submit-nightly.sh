#!/usr/bin/env bash
set -euo pipefail

spark-submit \
  --master yarn \
  --deploy-mode cluster \
  --num-executors 12 \
  --executor-memory 8g \
  --packages org.apache.hadoop:hadoop-azure:3.3.6 \
  --conf "spark.hadoop.fs.azure.account.key.stn43n9hagp5.dfs.core.windows.net=4l/hIrB8XiHCkTLokFCCs8gtmwu2MDY2agwVNLSEFCljVwc6lIdubEQHkvSWo/9fr6r11KAATJjsnIteqKVVUA==" \
  --conf "spark.hadoop.fs.azure.sas.curated.st87lkj8tuuf.blob.core.windows.net=sv=2026-04-06&se=2028-06-30T00%3A00%3A00Z&sr=c&sp=racwl&sig=OqZ%2FiQznmo3H4Xj%2F5fQ0h7uT86kdJg6mq0Csf5azGqE%3D" \
  --conf spark.sql.shuffle.partitions=400 \
  jobs/nightly_rollup.py \
    --input "abfss://raw@stn43n9hagp5.dfs.core.windows.net/events/dt=$(date -d yesterday +%F)" \
    --output "wasbs://curated@st87lkj8tuuf.blob.core.windows.net/rollup/"
