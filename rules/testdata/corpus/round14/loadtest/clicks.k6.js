import http from 'k6/http';

const TOKEN = 'SharedAccessSignature sr=https%3A%2F%2Fk6eh3ugd3ukib2.servicebus.windows.net%2Fclicks&sig=kIAm3%2BP03f5bHwxOaf0Oo%2BEHv%2BROVepjL3N30evhcTg%3D&se=1828598400&skn=loadtest';
// const TOKEN = 'SharedAccessSignature sr=https%3A%2F%2Fk6eh3ugd3ukib2.servicebus.windows.net%2Fclicks&sig=OO8oZtYDu8tLN1csCQCqEMXpczeX5KIw%2FgpMTy2uynY%3D&se=1788283800&skn=loadtest';

export default function () {
  http.post('https://k6eh3ugd3ukib2.servicebus.windows.net/clicks/messages', JSON.stringify({ t: Date.now() }), {
    headers: { Authorization: TOKEN, 'Content-Type': 'application/atom+xml;type=entry;charset=utf-8' },
  });
}
