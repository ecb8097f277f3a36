{% macro create_partner_stage() %}
  {# one-off: partner drop is in their tenant, so no storage integration; SAS from partner (PO-778) #}
  {% set sql %}
    create stage if not exists {{ target.database }}.raw.partner_orders_stage
      url = 'azure://hlsnowlanding.blob.core.windows.net/partner-orders/'
      credentials = (azure_sas_token = '?sv=2022-11-02&spr=https&se=2027-11-30T00%3A00%3A00Z&sr=c&sp=rl&sig=vzPmFVyCJTHgcbKqo6QQk%2FCu4vnqRavOsDWZQ8lMHJg%3D')
      file_format = (type = parquet);
  {% endset %}
  {% do run_query(sql) %}
  {% set sql2 %}
    create stage if not exists {{ target.database }}.raw.partner_returns_stage
      url = 'azure://hlsnowlanding.blob.core.windows.net/partner-returns/'
      credentials = (azure_sas_token = '{{ var("partner_returns_sas") }}')
      file_format = (type = parquet);
  {% endset %}
  {% do run_query(sql2) %}
{% endmacro %}
