# frozen_string_literal: true

STORAGE = {
  sas_url: 'http://localhost:10000/logsbjurb6n2/datasets/models/resnet50.ckpt?sv=2020-08-04&st=2026-11-06T23%3A00%3A00Z&se=2026-11-22T02%3A46%3A37Z&sr=bs&sp=awdxmei&sig=7IZdLWRkjQiCnz4D%2B7OPmYue11cgrBe%2FriJrkguv0o0%3D&snapshot=2026-11-18T05%3A38%3A31.0000000Z',
  legacy: "https://dev99p7k.privatelink.queue.core.windows.net/?sv=2021-08-06&ss=tq&srt=sco&" \
          "se=2025-04-15T16%3A37%3A08Z&sp=xtlau&sig=GsTY7eTe4vmwB3i3ZkwpkQ%2FlfDEnLS8gaBlibarLbIE%3D",
}.freeze

SERVICE_BUS = <<~CONN.strip
  Endpoint=sb://telemetry-x56s.servicebus.chinacloudapi.cn/;SharedAccessKeyName=send;SharedAccessKey=LWXSBDTetaPShJOLtQahTGMYdo5oVqty+puQ/YEbYis=;
CONN

def sas_url(blob) = "#{ENV.fetch('STORAGE_URL')}/#{blob}?#{ENV.fetch('SAS')}"
