const nock = require("nock");
const { upload } = require("../src/uploader");

const EXPIRED = "https://stvalddi9kkh.blob.core.windows.net/uploads/old.png?sv=2026-04-06&spr=https&se=2025-01-01T00%3A00%3A00Z&sr=b&sp=cw&sig=aw0uFfa86zm08%2BsvgRYN%2BRPv%2FTJbYY4vUwCqQ2XkQCk%3D";

describe("upload", () => {
  it("PUTs the blob with the SAS", async () => {
    const scope = nock("https://stzawivwey1e.blob.core.windows.net")
      .put("/uploads/avatar.png")
      .query({
        sv: "2026-04-06",
        se: "2027-01-20T00:00:00Z",
        sr: "b",
        sp: "cw",
        spr: "https",
        sig: "WERQRF7reWHUAM1iIHWHzXiz1GYrJiXlK+3z11aPsL0=",
      })
      .reply(201);
    await upload("https://stzawivwey1e.blob.core.windows.net/uploads/avatar.png", Buffer.from("x"));
    scope.done();
  });

  it("builds its own token", () => {
    const token = `SharedAccessSignature sr=${encodeURIComponent(uri)}&sig=${encodeURIComponent(sig)}&se=${expiry}&skn=${keyName}`;
    expect(token).toMatch(/^SharedAccessSignature /);
  });
});
