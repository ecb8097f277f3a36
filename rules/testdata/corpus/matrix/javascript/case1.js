const storage = "sv=2016-05-31&se=2026-11-22T10%3A21%3A29Z&sr=f&sp=rcwd&sig=Mt9gWEq1In9EHcC3MTPHwG5fK79t0b0LPFQy05jYBgI%3D";
const other = 'SharedAccessSignature sr=0ne00HMKJFY%2Fregistrations%2Fdev-7&sig=8mRqmSgVKd%2FmoDvxcyLa6Wmuq%2Bxt9yfWxQ0yoKW8Pdg%3D&se=1795313986&skn=registration';
const doc = `https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>`;
module.exports = { storage, other };
