const params = new URLSearchParams({
  sv: "2019-02-02",
  tn: "AuditLog",
  sp: "ra",
  se: "2027-08-31T23:59:00Z",
  sig: "S8ZM12TT3ww/T3ijlDfg6gp2zYaFkSqQm6waQWwb6EE=",
});
export const auditUrl = `https://sttableauditdj2ep2.table.core.windows.net/AuditLog?${params}`;

const devParams = new URLSearchParams({ sv: "2019-02-02", tn: "AuditLog", sp: "r", sig: process.env.AUDIT_SIG });
