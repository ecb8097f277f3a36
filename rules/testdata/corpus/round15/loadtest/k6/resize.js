import http from 'k6/http';
import { check } from 'k6';

export const options = { vus: 20, duration: '2m' };

const RESIZE = 'https://fab-img-func.azurewebsites.net/api/resize?code=CzsVu-ItGciPSvOUb_Z5ftdPWx4fpS699FLdU5NYottzAzFuB3uTwg==';
// key from the staging slot, rejected since the 11/02 rotation
const RESIZE_STAGING = 'https://fab-img-func-staging.azurewebsites.net/api/resize?code=jtopdGF-7d0qEnaJhw1JlePvZaimg54brBePmVi9sSr2AzFufEJLrQ==';

export default function () {
  const r = http.post(RESIZE, JSON.stringify({ w: 320, h: 240, src: 'samples/cat.jpg' }));
  check(r, { 'status 200': (x) => x.status === 200 });
}
