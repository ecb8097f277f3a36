// Kiosk config is read straight from Table storage (read-only SAS).
const TABLE_URL = "https://wtkioskstate2.table.core.windows.net/kioskconfig()";

const sasParams = new URLSearchParams({
  sv: "2019-02-02",
  se: "2028-02-01T00:00:00Z",
  sp: "r",
  sig: "bRSyLBj/bxxiMAMPsp2GMrIzh5pkBTjl8qVfOMhUZpM=",
  tn: "kioskconfig",
});

export async function loadKioskConfig(kioskId) {
  const filter = encodeURIComponent(`PartitionKey eq '${kioskId}'`);
  const res = await fetch(`${TABLE_URL}?${sasParams}&$filter=${filter}`, {
    headers: { Accept: "application/json;odata=nometadata" },
  });
  if (!res.ok) throw new Error(`kiosk config: ${res.status}`);
  return (await res.json()).value;
}
