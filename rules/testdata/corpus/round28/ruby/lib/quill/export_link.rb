require 'uri'

module Quill
  module ExportLink
    PARAMS = {
      sv: '2026-04-06', se: '2026-02-16T11:30:00Z', sr: 'c', sp: 'rl',
      sig: 'eqrDzilyaURtoxavO2EIWQS6eQ2faFo+4w/2dhBakX4='
    }.freeze

    def self.for(name) = "https://stquillrbf668f4.blob.core.windows.net/exports/#{name}?#{URI.encode_www_form(PARAMS)}"
  end
end
