# frozen_string_literal: true

require "azure/storage/blob"

namespace :archive do
  CONN = %w[
    DefaultEndpointsProtocol=https
    AccountName=qmrubyexport9
    AccountKey=7uKb/9vzCLg+XO+0bEUt3C04TR5MqrGM4SXxKk2JOSFLiYXhIL6dLHY8g7v0aBt/7ei5vt+puTmJI+qmbskoqw==
    EndpointSuffix=core.windows.net
  ].join(";")

  DEV_CONN = %w[DefaultEndpointsProtocol=http AccountName=devstoreaccount1 AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw== BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1].join(";")

  desc "Upload last month's archive"
  task upload: :environment do
    conn = Rails.env.production? ? CONN : DEV_CONN
    client = Azure::Storage::Blob::BlobService.create_from_connection_string(conn)
    Dir["tmp/archive/*.tar.zst"].each do |f|
      client.create_block_blob("archive", File.basename(f), File.binread(f))
    end
  end
end
