# Django settings for the media service.
import os

DEBUG = os.getenv("DEBUG") == "1"

AZURE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=mediagrqys;AccountKey=XqDTQcyX6MT3c8W3AxMpjWkyLoE9G1n5S9+qcItw6KQ+BrVRCrMGDgVnUI8iR8e7RYiBLC0oFybOEnTl3bBEYA==;EndpointSuffix=core.windows.net"
AZURE_CONTAINER = "media"

# Event Hubs for audit events
AUDIT_EVENTHUB = os.getenv("AUDIT_EVENTHUB", "Endpoint=sb://orders-c1hx.servicebus.usgovcloudapi.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Cuf9eoftTSbMkor8qaraX3bmZ8ycX3hsHWrWQ2VH2mA=;EntityPath=hub-01")

# Old account, rotated? ask ops
# AZURE_CONNECTION_STRING = "AccountName=backupi1qne;DefaultEndpointsProtocol=http;AccountKey=k5450K3Voh9gEHSp6dKWy4wnpKAMkEGDNX6dwIdJGuSOSWYHas3yns9OlkQ9cAN9QNGdv/ITKUkmMrpMKYy3fg==;EndpointSuffix=core.windows.net;"

LOCAL_STORAGE = "UseDevelopmentStorage=true"
AZURITE = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
PLACEHOLDER = "DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net"
