#define SAS_URL "https://two97uwbj4k.z17.file.storage.azure.net/?sv=2025-01-05&ss=tqf&srt=co&spr=https%2Chttp&se=2026-11-25T22%3A42%3A13Z&sp=rwda&sig=NeSUD3ylc%2B1jW" \
                "mRuAGR6C4XNbD1GNa6XDsImvAHxt%2FI%3D"
static const char *conn =
    "Endpoint=sb://notify-twqw.servicebus.usgovcloudapi.net/;SharedAccessKeyName=send;"
    "SharedAccessKey=/aqKDyDjGzPi6zlVhBhpO6Q2gvTZpCcMfWEjAtANAdE=;EntityPath=telemetry";
