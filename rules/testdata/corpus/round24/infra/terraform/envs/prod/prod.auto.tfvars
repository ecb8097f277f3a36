location            = "westeurope"
resource_group_name = "rg-lakehouse-prd"

storage_account_name = "stlakehouseprd042"
storage_account_key  = "7qVUfd3oQAcgUihnZAtHBwMxeVyyinmBaREpWZCz61/mAFvOSd6M9Xz44lSMucLcNWCKVHItCdRtaW1ljtIK2A=="

eventhub_send_connection = "Endpoint=sb://evh-telemetry-prd.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=ipIxHkQ/VUGCIlE11gEW6OvHmrMZCFlXOBPeZfBVaIE=;EntityPath=telemetry"

# partner token is injected by the pipeline, value below is only the shape
partner_sas_token = "?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-12-31T00:00:00Z&spr=https&sig=REDACTED"

tags = {
  owner = "data-platform"
  env   = "prd"
}
