from __future__ import annotations

import json
import os
from datetime import datetime

from airflow import DAG
from airflow.models.connection import Connection
from airflow.providers.microsoft.azure.transfers.local_to_wasb import LocalFilesystemToWasbOperator

# Remote logging (quick fix until the Helm chart picks it up from Key Vault)
os.environ.setdefault(
    "AIRFLOW_CONN_WASB_LOGS",
    "wasb://hlairflowlogs:FebFJFrAyuog%2FhndJQf%2FL091jIQi5GAkMUKZ%2BCBgHcqb2MRhAypvy2TaSOZ4XMarlTYdiQbfq%2FE3JGsO4UW4%2FA%3D%3D@",
)

partner_conn = Connection(
    conn_id="wasb_partner",
    conn_type="wasb",
    login="hlairflowxfer",
    extra=json.dumps({"sas_token": "sv=2022-11-02&spr=https&se=2028-02-29T00%3A00%3A00Z&sr=c&sp=cwl&sig=mO359K4SbMr9WeOOey69MMQ2EIgAsDwIcZqv99d6wFc%3D"}),
)
os.environ[f"AIRFLOW_CONN_{partner_conn.conn_id.upper()}"] = partner_conn.get_uri()

with DAG("partner_export", start_date=datetime(2026, 11, 1), schedule="@daily", catchup=False) as dag:
    LocalFilesystemToWasbOperator(
        task_id="upload",
        file_path="/opt/airflow/out/{{ ds }}.csv.gz",
        container_name="partner-out",
        blob_name="orders/{{ ds }}.csv.gz",
        wasb_conn_id="wasb_partner",
    )
