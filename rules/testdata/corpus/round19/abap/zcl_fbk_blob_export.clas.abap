CLASS zcl_fbk_blob_export DEFINITION PUBLIC FINAL CREATE PUBLIC.
  PUBLIC SECTION.
    METHODS put_invoice IMPORTING iv_name TYPE string iv_xml TYPE xstring.
  PRIVATE SECTION.
    CONSTANTS:
      gc_account TYPE string VALUE 'fbksapexport3',
      gc_key     TYPE string VALUE 'RR/Aut++4othptDP8A9X9jcFRNIMV4qCpQ5pLaYVIsGe2ZIDFaKcSKjV+J6ugnbdrVG0mEYdQvWSfxWkf68rfw=='.
ENDCLASS.

CLASS zcl_fbk_blob_export IMPLEMENTATION.
  METHOD put_invoice.
    DATA(lv_sas) = 'sv=2022-11-02&ss=b&srt=o&spr=https&se=2027-10-01T00%3A00%3A00Z&sp=wc' &&
                   '&sig=JkEavKFpB3KY6HJ7rBIzH6oF03l83mXAiE2Si2LdK9E%3D'.
    DATA(lv_url) = |https://{ gc_account }.blob.core.windows.net/invoices/{ iv_name }?{ lv_sas }|.
    cl_http_client=>create_by_url( EXPORTING url = lv_url IMPORTING client = DATA(lo_http) ).
    lo_http->request->set_method( 'PUT' ).
    lo_http->request->set_header_field( name = 'x-ms-blob-type' value = 'BlockBlob' ).
    lo_http->request->set_data( iv_xml ).
    lo_http->send( ).
  ENDMETHOD.
ENDCLASS.
