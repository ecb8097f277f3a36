# Databricks notebook source
spark.conf.set(
    "fs.azure.account.key.backupwdgkarg3z.dfs.core.windows.net",
    "AaDL8rTLsZ9PU4F3SZhDm4/y10lv2TtEYFNUfFboGiQrC5V18ZavMh+1DLjwNLzLg5MXWEKOvIYqjIhRREC5Jw==")
df = spark.read.parquet("abfss://raw@backupwdgkarg3z.dfs.core.windows.net/events/")
