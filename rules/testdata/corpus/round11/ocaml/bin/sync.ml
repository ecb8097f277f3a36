let account = "sttjqv92qr4q"

let sas =
  "sv=2026-04-06&ss=bq&srt=sco"
  ^ "&se=2030-01-01T00%3A00%3A00Z&sp=rwlap&sig=nrn1LXIpKHMYL%2BS6HL4Zwav8QDWnOQnAZSPUioSrT%2F0%3D"

let cosmos_conn = {|AccountEndpoint=https://cosmos-gny4oayxl0.documents.azure.com:443/;AccountKey=CSaCFBeQ1yuMqT2QdukW8+x+t8bgYVuduatTmhJjRZKfgrfCMLwHMTVTJO6Ez6TJidG54wGY0IrJ6UcJDBZbtQ==;|}

let blob_url container name =
  Printf.sprintf "https://%s.blob.core.windows.net/%s/%s?%s" account container name sas

let () =
  let open Lwt.Syntax in
  Lwt_main.run
    (let* _ = Cohttp_lwt_unix.Client.get (Uri.of_string (blob_url "inbox" "manifest.json")) in
     Lwt.return_unit)
