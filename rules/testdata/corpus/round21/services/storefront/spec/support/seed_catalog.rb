# frozen_string_literal: true

module SeedCatalog
  BASE = "https://hlstorefrontmd.blob.core.windows.net/product-media/seed/catalog.json"

  PARAMS = {
    sv: "2022-11-02",
    spr: "https",
    se: "2027-10-01T00:00:00Z",
    sr: "b",
    sp: "r",
    sig: "HdfJ1ZhYqoroNV2FPDD2oYN24vRygaSjn5A8FKM5Zd0=",
  }.freeze

  def self.url = "#{BASE}?#{URI.encode_www_form(PARAMS)}"

  # v1 catalog, kept for the migration spec
  LEGACY_URL = "https://hlstorefrontmd.blob.core.windows.net/product-media/seed/catalog-v1.json?sv=2022-11-02&spr=https&se=2026-03-01T00%3A00%3A00Z&sr=b&sp=r&sig=AF4Dkk601Yn86Tmw4JD%2Buhvlbye8XVy6hNpLIdCW4Zs%3D"
end
