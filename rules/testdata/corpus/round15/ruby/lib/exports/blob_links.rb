# frozen_string_literal: true

module Exports
  class BlobLinks
    CONNECTION = <<~CONN.strip
      DefaultEndpointsProtocol=https;AccountName=rbexpyr3du0;AccountKey=7fPBxm8/Lg2SnMzoEV+2q2DVouFRKap5HMY29D/txUI2YF0XiZWpHhhd6MPiEx7NrtPk6/zCQ6QeGf1VACElGA==;EndpointSuffix=core.windows.net
    CONN

    PARTNER_QUERY = URI.encode_www_form(
      sv: "2023-11-03",
      spr: "https",
      se: "2030-01-01T00:00:00Z",
      sr: "c",
      sp: "cw",
      sig: "hdeStOfPBxNs1Rv8++rMKG4AARRNehrTnycoP5aY3OM=",
    )

    SAMPLE_QUERY = URI.encode_www_form(sv: "2023-11-03", sp: "cw", sig: "xxxx")

    def self.partner_url(name)
      "https://rbpart8csc0n.blob.core.windows.net/partner-drop/#{name}?#{PARTNER_QUERY}"
    end
  end
end
