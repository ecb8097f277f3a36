% fetch_vibration.m -- pull raw vibration captures from the lab account
% usage: octave --eval "fetch_vibration('2026-11-20')"
function fetch_vibration(day)
  acct = 'fabsensorlab3';
  sas.sv = '2022-11-02';
  sas.spr = 'https';
  sas.st = '2026-11-01T00:00:00Z';
  sas.se = '2027-10-01T00:00:00Z';
  sas.sip = '20.61.14.0-20.61.14.255';
  sas.sr = 'c';
  sas.sp = 'rl';
  sas.sig = '/VyLXhvZ4P3XPrvennhv9rwsYaHoCAgnnUEENaUjztA=';
  keys = fieldnames(sas);
  q = strjoin(cellfun(@(k) [k '=' urlencode(sas.(k))], keys, 'UniformOutput', false), '&');
  url = sprintf('https://%s.blob.core.windows.net/vibration/%s.mat?%s', acct, day, q);
  urlwrite(url, [day '.mat']);
  % example from the wiki (not a real token):
  % https://fabsensorlab3.blob.core.windows.net/vibration/2026-11-20.mat?sv=2022-11-02&sr=c&sp=rl&se=2027-10-01T00:00:00Z&sig=xxxx
end
