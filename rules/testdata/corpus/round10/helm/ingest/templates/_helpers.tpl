{{/*
Storage connection string; falls back to the shared dev account.
*/}}
{{- define "ingest.storageConnection" -}}
{{- .Values.storage.connectionString | default "DefaultEndpointsProtocol=https;AccountName=stvfo9ouyqnd;AccountKey=41X3MZg9oTW3uGPlzwbT1MP2QqiEaEmH75x7EdWuqascgrDhXtPxhCkaMQl8HX1ECkRj6gHhNSronGuXVZP++w==;EndpointSuffix=core.windows.net" -}}
{{- end -}}

{{- define "ingest.sas" -}}
{{- printf "%s?%s" .Values.storage.url (.Values.storage.sas | required "storage.sas is required") -}}
{{- end -}}

{{- define "ingest.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
