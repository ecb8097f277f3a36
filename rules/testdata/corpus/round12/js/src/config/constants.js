// Shared constants. Do not import from server-only modules here.
export const PAGE_SIZE = 50;
export const FEED_URL =
  "https://stx1canqvpvg.blob.core.windows.net/exports/catalog/feed.xml?sv=2026-04-06&se=2031-12-31T00%3A00%3A00Z&sr=b&sp=r&si" +
  "g=85Uc%2BhsKnEnwlyhCDl16Wwa101%2FWF%2Bg2nIQYVqxsdOA%3D";

export const BACKOFFICE_SAS = 'https://stf6u456ky76.blob.core.windows.net/?'
  + 'sv=2026-04-06&ss=bf&srt=sco&se=2035-01-01T00%3A00%3A00Z&sp=rl&sig=ZA86vjt5QlCKy7DitF%2BAJUL0sJHFjqjEwO46tOjUeI4%3D';

export const HERO_IMAGE = `https://st05kz0ztxfi.blob.core.windows.net/cdn/img/hero.webp?sv=2026-04-06&se=2026-12-15T00%3A00%3A00Z&sr=b&sp=r&sig=6kWjH7A9UhGxzbJB8` +
  `8emIhWEQWM%2F8mXtsctnmwbrWS4%3D`;

export const SUPPORT_EMAIL = "support@contoso.example";
