#!/usr/bin/env python3
"""Seed the catalog container with fixtures from ./seed/*.json."""
import json
import os
import pathlib

from azure.cosmos import CosmosClient, PartitionKey

if os.getenv("LOCAL"):
    # Cosmos DB emulator, the well-known key
    client = CosmosClient("https://localhost:8081", credential="C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==")
else:
    client = CosmosClient("https://cosmos-libdw1a3k7.documents.azure.com:443/", credential="OunNCpzKpQt1ONk/fA5LGaXH5aUz13kGjZiAsMaUzKQI36UtsSAvbYmCj2hT13u6M8kXkyA9Bt9kA1KvM7GjQA==")

# read-only key for the reporting replica, do not use for writes
REPORTING_KEY = (
    "l1WHmrz2JsqIukSFqkHo01jaoQBAp"
    "4JoRvOo88YKClhDqqtk5ai0vaKgfjrCG"
    "T1b+Y+u3P9Or9qOc5ct2DYXqA=="
)

db = client.create_database_if_not_exists("catalog")
container = db.create_container_if_not_exists("products", partition_key=PartitionKey(path="/sku"))
for f in sorted(pathlib.Path("seed").glob("*.json")):
    for item in json.loads(f.read_text()):
        container.upsert_item(item)
