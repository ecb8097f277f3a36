import { describe, expect, it } from 'vitest';
import { splitSasUrl } from '../uploadUrl';

describe('splitSasUrl', () => {
  it.each`
    url                                                                                   | account           | hasSig
    ${'https://qmwebuploads.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=o&spr=https&se=2027-11-30T00%3A00%3A00Z&sp=wc&sig=GBccyfS7ZUc1UACw7YqDZWItlNeBBJb9VgZ6QP%2BPKVI%3D'} | ${'qmwebuploads'} | ${true}
    ${'https://qmwebuploads.blob.core.windows.net/avatars/u/1842/avatar.png?sv=2022-11-02&spr=https&st=2027-07-01T08%3A00%3A00Z&se=2027-07-07T20%3A00%3A00Z&skoid=9f958eb0-549d-4add-aa16-ac027ef91e72&sktid=166da525-5580-4b57-ac93-fbe046e4dafc&skt=2027-07-01T08%3A00%3A00Z&ske=2027-07-08T08%3A00%3A00Z&sks=b&skv=2022-11-02&sr=b&sp=r&sig=4c%2B%2BuYAgxecvoVpwIBt%2F89Kxg2ZaPXLPbe9SrVLnopA%3D'} | ${'qmwebuploads'} | ${true}
    ${'https://qmwebuploads.blob.core.windows.net/avatars?sv=2022-11-02&sr=c&sp=r&sig=xxxx'} | ${'qmwebuploads'} | ${true}
    ${'https://qmwebuploads.blob.core.windows.net/avatars/u/1842/avatar.png'}          | ${'qmwebuploads'} | ${false}
  `('$url', ({ url, account, hasSig }) => {
    const r = splitSasUrl(url);
    expect(r.account).toBe(account);
    expect(Boolean(r.query.sig)).toBe(hasSig);
  });
});
