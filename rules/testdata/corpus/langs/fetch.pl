use strict;
my $sas = 'https://fabpthbl1zi.file.core.chinacloudapi.cn/?sv=2025-01-05&ss=tqf&srt=sc&spr=https%2Chttp&' .
  'se=2029-03-12T10%3A54%3A48Z&sip=10.0.0.1-10.0.0.255&sp=rxfti&sig=cCPG2dsQK3wekwlLQP72fHCAFW7wafp0TV0stxuSpvg%3D';
my $url = "https://$account.blob.core.windows.net/c?$ENV{SAS}";
