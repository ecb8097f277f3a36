const account = 'st6ohchqmze7';
const sv = '2026-04-06';
const sig = encodeURIComponent(
  'gy8pqufZBbBqhLa1rF0J6WIgTsmKp7DwtlhPIqqNNlM='
);

export const partnerDropUrl =
  `https://${account}.blob.core.windows.net/partner-drop` +
  `?sv=${sv}&spr=https&se=2028-03-31T00%3A00%3A00Z&sr=c&sp=racwl&sig=${sig}`;
