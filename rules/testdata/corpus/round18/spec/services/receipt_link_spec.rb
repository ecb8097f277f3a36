# frozen_string_literal: true

require "rails_helper"

RSpec.describe ReceiptLink do
  let(:account_key) { "KrrqCAq1ozD9xlNS6nXFb2c3V2moVHgMlc/a7U2s6HwaKWl+ApN0W+j8UVff0ehO5mFyzIx8TVlZ1EU0mmv3Ig==" }
  let(:dev_key) { "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==" }

  let(:signed_url) do
    <<~URL.strip
      https://qmreceiptsweu.blob.core.windows.net/receipts/receipts/2026/11/R-88213.pdf?sv=2022-11-02&spr=https&se=2027-06-30T12%3A00%3A00Z&sr=b&sp=r&rscd=attachment%3B%20filename%3D%22R-88213.pdf%22&sig=6drOq%2Bu%2FdVU1QP1BNvUTbjq75u0q3Q4NvhGtBXokRZ0%3D
    URL
  end

  it "keeps the content disposition" do
    link = described_class.new(signed_url)
    expect(link.filename).to eq("R-88213.pdf")
  end

  it "signs with the configured key" do
    signer = described_class.signer(account: "qmreceiptsweu", key: account_key)
    expect(signer.sign("receipts/x.pdf", expires_in: 3600)).to include("sig=")
  end
end
