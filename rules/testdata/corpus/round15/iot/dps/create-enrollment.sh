#!/usr/bin/env bash
set -euo pipefail
# create the enrollment group for the 2027 handheld fleet
az iot dps enrollment-group create \
  --dps-name fab-dps-weu \
  --resource-group rg-iot \
  --enrollment-id handhelds-2027 \
  --primary-key "HKHkZsDeHnFDGy0d4jN+gZulJlkF0aAJpAIoTB8n+8c=" \
  --secondary-key "4Jj5/P1e5RV9zv2IgFOQmJhmtF9NqcYGSAIoTA9XJS8=" \
  --allocation-policy hashed
